// check_report_page: the content decides, not the status code (status 200
// error pages exist: "Page Not Found" served with 200, a CDN's "Just a moment").
#include "yoy/app/report_page.h"

#include "yoy/util/error.h"

namespace yoy {

namespace {

// A real narrative holds hundreds of words; a generic report at least a few dozen.
constexpr std::size_t kMinWords = 30;

std::size_t words_in(const Document& document) {
  std::size_t words = 0;
  for (const Section& section : document.sections)
    for (const Block& block : section.blocks) {
      bool in_word = false;
      for (char c : block.text) {
        const bool space = c == ' ' || c == '\n' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
      }
    }
  return words;
}

}  // namespace

ReportPage check_report_page(std::string_view bytes, const std::string& where, Profile profile) {
  ReportPage page;
  if (bytes.size() >= 5 && bytes.substr(0, 5) == "%PDF-") {
    page.problem = "a PDF, not a report page (split a whole report with yoy split)";
    return page;
  }
  page.extension = extension_for(bytes);
  ParseOptions options;
  options.profile = profile;
  options.source_path = where + "." + page.extension;
  try {
    page.document = parse_document(bytes, options);
  } catch (const InputError& e) {
    // The reader's own verdict: "...: an error page (\"Page Not Found\"), not a report".
    std::string why = e.what();
    const std::string prefix = options.source_path + ": ";
    if (why.rfind(prefix, 0) == 0) why = why.substr(prefix.size());
    page.problem = why;
    return page;
  }
  if (page.document.profile == "tip") {
    if (!page.document.rating.present())
      page.problem = "no tier anywhere in the page: not a country narrative";
  } else if (words_in(page.document) < kMinWords) {
    page.problem = "fewer than " + std::to_string(kMinWords) + " words of text: not a report";
  }
  if (page.document.profile != "tip" && profile == Profile::tip)
    page.problem = "not a TIP narrative";
  return page;
}

}  // namespace yoy
