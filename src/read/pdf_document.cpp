// poppler → pages of positioned lines. The only file that sees poppler.
// Pages are extracted on up to `threads` threads, each with its own poppler
// document (poppler documents are not shared between threads). poppler's
// messages are caught and turned into one line of ours.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <limits>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "pdf_internal.h"
#include "yoy/util/error.h"

namespace yoy::pdf {

namespace {

// poppler reports through one global callback; each thread collects its own.
thread_local std::vector<std::string>* t_messages = nullptr;

void collect(const std::string& message, void*) {
  if (t_messages && t_messages->size() < 20) t_messages->push_back(message);
}

void install_error_sink() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(collect, nullptr); });
}

struct MessageScope {
  explicit MessageScope(std::vector<std::string>& sink) { t_messages = &sink; }
  ~MessageScope() { t_messages = nullptr; }
  MessageScope(const MessageScope&) = delete;
  MessageScope& operator=(const MessageScope&) = delete;
};

std::string first_message(const std::vector<std::string>& messages) {
  if (messages.empty()) return "";
  std::string m = messages.front();
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  for (char& c : m)
    if (c == '\n' || c == '\r') c = ' ';
  return " (poppler: " + m + ")";
}

// A PDF ends with "%%EOF" (perhaps followed by a line break or some padding).
bool has_eof_marker(std::string_view bytes) {
  const std::size_t tail = bytes.size() < 2048 ? 0 : bytes.size() - 2048;
  return bytes.find("%%EOF", tail) != std::string_view::npos;
}

std::unique_ptr<poppler::document> load(std::string_view bytes) {
  return std::unique_ptr<poppler::document>(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
}

std::size_t code_points(const poppler::byte_array& utf8) {
  std::size_t n = 0;
  for (char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Counts what poppler built against the bounds, page by page and in total.
class Budget {
 public:
  Budget(const PdfLimits& limits, std::string where) : limits_(limits), at_(std::move(where)) {}

  // One page's text boxes and their characters; throws past a bound.
  void add(int page, std::size_t words, std::size_t glyphs) {
    if (words > limits_.max_words_per_page)
      throw InputError(at_ + ": page " + std::to_string(page) + " holds " + std::to_string(words) +
                       " words, more than the " + std::to_string(limits_.max_words_per_page) +
                       " a report's page may hold (a dense printed page holds about 1,100); "
                       "refused");
    const std::size_t total = words_ += words;
    const std::size_t chars = glyphs_ += glyphs;
    std::size_t most = most_.load();
    while (words > most && !most_.compare_exchange_weak(most, words)) {
    }
    if (total > limits_.max_words || chars > limits_.max_glyphs)
      throw InputError(at_ + ": more than " +
                       (total > limits_.max_words
                            ? std::to_string(limits_.max_words) + " words"
                            : std::to_string(limits_.max_glyphs) + " characters") +
                       " of text by page " + std::to_string(page) +
                       ", more than any report holds (a 600-page report holds about 700,000 "
                       "words); refused");
  }
  std::size_t words() const { return words_; }
  std::size_t glyphs() const { return glyphs_; }
  std::size_t most() const { return most_; }

 private:
  const PdfLimits& limits_;
  std::string at_;
  std::atomic<std::size_t> words_{0}, glyphs_{0}, most_{0};
};

Page read_page(poppler::document& doc, int index, Budget& budget) {
  Page page;
  page.number = index + 1;
  std::unique_ptr<poppler::page> p(doc.create_page(index));
  if (!p) return page;
  const poppler::rectf box = p->page_rect();
  page.width = box.width();
  page.height = box.height();
  std::vector<Word> words;
  const std::vector<poppler::text_box> boxes = p->text_list(poppler::page::text_list_include_font);
  std::vector<poppler::byte_array> texts;
  texts.reserve(boxes.size());
  std::size_t glyphs = 0;
  for (const poppler::text_box& t : boxes) {
    texts.push_back(t.text().to_utf8());
    glyphs += code_points(texts.back());
  }
  budget.add(page.number, boxes.size(), glyphs);
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    const poppler::text_box& t = boxes[i];
    if (t.rotation() != 0) continue;  // vertical captions of figures
    const poppler::byte_array& utf8 = texts[i];
    Word w;
    w.text = fold_glyphs(std::string_view(utf8.data(), utf8.size()));
    if (w.text.empty()) continue;
    const poppler::rectf b = t.bbox();
    w.x0 = b.left();
    w.x1 = b.right();
    w.y0 = b.top();
    w.y1 = b.bottom();
    w.size = t.has_font_info() ? t.get_font_size() : b.height();
    if (t.has_font_info()) {
      const std::string font = t.get_font_name();
      w.bold = is_bold_font(font);
      w.italic = is_italic_font(font);
    }
    w.space_after = t.has_space_after();
    words.push_back(std::move(w));
  }
  page.lines = group_lines(std::move(words));
  return page;
}

}  // namespace

Extracted extract_pages(std::string_view bytes, std::string_view where, const PdfOptions& options) {
  install_error_sink();
  const std::string at(where);
  if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
    throw InputError(at + ": " + std::to_string(bytes.size()) + " bytes, too large a PDF");
  if (!has_eof_marker(bytes))
    throw InputError(at + ": truncated PDF (no %%EOF at its end, " + std::to_string(bytes.size()) +
                     " bytes); download it again");

  std::vector<std::string> messages;
  std::unique_ptr<poppler::document> doc;
  {
    MessageScope scope(messages);
    doc = load(bytes);
  }
  if (!doc)
    throw InputError(at + ": damaged PDF, poppler cannot open it" + first_message(messages));
  if (doc->is_locked())
    throw InputError(at +
                     ": encrypted PDF that needs a password; decrypt it first "
                     "(qpdf --decrypt --password=PASSWORD in.pdf out.pdf)");
  for (const std::string& m : messages) {
    // poppler reconstructs a broken cross-reference table and reads on: the
    // text may be missing pages, so say so instead of splitting half a report.
    if (m.find("damaged") != std::string::npos || m.find("econstruct") != std::string::npos)
      throw InputError(at + ": damaged PDF" + first_message(messages) + "; download it again");
  }
  const int total = doc->pages();
  if (total <= 0) throw InputError(at + ": a PDF without pages");
  if (total > options.limits.max_pages)
    throw InputError(at + ": " + std::to_string(total) + " pages, more than the " +
                     std::to_string(options.limits.max_pages) +
                     " a report PDF may have (a printed report has 400 to 700); refused");

  Budget budget(options.limits, at);
  std::vector<Page> pages(static_cast<std::size_t>(total));
  std::atomic<int> next{0}, done{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  const auto work = [&](poppler::document& d, bool report) {
    std::vector<std::string> ignored;  // page-level syntax warnings: the text is read as it is
    MessageScope scope(ignored);
    try {
      for (int i = next++; i < total; i = next++) {
        pages[static_cast<std::size_t>(i)] = read_page(d, i, budget);
        const int n = ++done;
        if (report && options.progress) options.progress(n, total);
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = total;
    }
  };
  const unsigned threads =
      std::max(1u, std::min(options.threads, static_cast<unsigned>(total / 8 + 1)));
  std::vector<std::unique_ptr<poppler::document>> docs;
  for (unsigned t = 1; t < threads; ++t) {
    MessageScope scope(messages);
    if (auto d = load(bytes)) docs.push_back(std::move(d));
  }
  std::vector<std::thread> workers;
  for (auto& d : docs) workers.emplace_back(work, std::ref(*d), false);
  work(*doc, true);
  for (std::thread& t : workers) t.join();
  if (failure) std::rethrow_exception(failure);
  if (options.progress) options.progress(total, total);
  Extracted out;
  out.pages = std::move(pages);
  out.words = budget.words();
  out.glyphs = budget.glyphs();
  out.most_words_on_a_page = budget.most();
  return out;
}

}  // namespace yoy::pdf
