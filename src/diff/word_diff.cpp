// Word diff of two versions of a text: sentences aligned first (so long
// paragraphs stay cheap and read well), then dtl over the tokens of each
// changed stretch, grouped into runs that read naturally.
#include <deque>
#include <dtl/dtl.hpp>

#include "diff/diff_internal.h"

namespace yoy::diff_detail {
namespace {

enum class Op { same, del, add };

struct Piece {
  Op op;
  std::string_view text;
  bool space;
};

// Appends a run, trimmed; consecutive runs with the same op merge with one space.
void push_run(std::vector<WordRun>& runs, char op, std::string_view text) {
  std::size_t b = text.find_first_not_of(" \t\n\r\f\v");
  if (b == std::string_view::npos) return;
  std::size_t e = text.find_last_not_of(" \t\n\r\f\v");
  std::string_view trimmed = text.substr(b, e - b + 1);
  if (!runs.empty() && runs.back().op == op) {
    runs.back().text += ' ';
    runs.back().text += trimmed;
  } else {
    runs.push_back({op, std::string(trimmed)});
  }
}

// Emits pieces as runs: a whitespace-only common stretch between two changes joins
// the change (no single-space islands); within one change, '-' comes before '+'.
void emit_pieces(const std::vector<Piece>& pieces, std::vector<WordRun>& runs) {
  std::size_t i = 0;
  while (i < pieces.size()) {
    if (pieces[i].op == Op::same) {
      std::string text;
      while (i < pieces.size() && pieces[i].op == Op::same) text += pieces[i++].text;
      push_run(runs, '=', text);
      continue;
    }
    std::string removed, added;
    while (i < pieces.size()) {
      if (pieces[i].op == Op::del) {
        removed += pieces[i++].text;
      } else if (pieces[i].op == Op::add) {
        added += pieces[i++].text;
      } else {
        // A common stretch made only of spaces, followed by another change, joins it.
        std::size_t k = i;
        while (k < pieces.size() && pieces[k].op == Op::same && pieces[k].space) ++k;
        if (k == i || k == pieces.size() || pieces[k].op == Op::same) break;
        for (; i < k; ++i) {
          removed += pieces[i].text;
          added += pieces[i].text;
        }
      }
    }
    push_run(runs, '-', removed);
    push_run(runs, '+', added);
  }
}

std::size_t words_in(const std::vector<Token>& tokens) {
  std::size_t n = 0;
  for (const Token& t : tokens) n += t.word ? 1 : 0;
  return n;
}

// Token-level diff of one changed stretch; false when over the work cap.
bool diff_stretch(std::string_view from, std::string_view to, WorkBudget& budget,
                  std::vector<Piece>& pieces, std::size_t& words_changed) {
  std::vector<Token> a = tokenize(from), b = tokenize(to);
  std::size_t work = a.size() * b.size();
  if (work > budget.per_diff || work > budget.remaining) return false;
  budget.remaining -= work;
  if (a.empty() || b.empty()) {
    for (const Token& t : a) pieces.push_back({Op::del, t.display, t.space});
    for (const Token& t : b) pieces.push_back({Op::add, t.display, t.space});
    words_changed += words_in(a) + words_in(b);
    return true;
  }
  std::vector<std::uint64_t> ka, kb;
  ka.reserve(a.size());
  kb.reserve(b.size());
  for (const Token& t : a) ka.push_back(t.key);
  for (const Token& t : b) kb.push_back(t.key);
  dtl::Diff<std::uint64_t, std::vector<std::uint64_t>> diff(ka, kb);
  diff.compose();
  std::size_t ia = 0, ib = 0;
  for (const auto& element : diff.getSes().getSequence()) {
    switch (element.second.type) {
      case dtl::SES_COMMON:
        pieces.push_back({Op::same, b[ib].display, b[ib].space});
        ++ia, ++ib;
        break;
      case dtl::SES_DELETE:
        pieces.push_back({Op::del, a[ia].display, a[ia].space});
        words_changed += a[ia].word ? 1 : 0;
        ++ia;
        break;
      case dtl::SES_ADD:
        pieces.push_back({Op::add, b[ib].display, b[ib].space});
        words_changed += b[ib].word ? 1 : 0;
        ++ib;
        break;
    }
  }
  return true;
}

}  // namespace

WordDiff diff_words(std::string_view from, const std::vector<Sentence>& from_sentences,
                    std::string_view to, const std::vector<Sentence>& to_sentences,
                    WorkBudget& budget) {
  WordDiff result;
  // Sentences (display + comparison form); a text without them is one sentence.
  std::vector<Sentence> one_from, one_to;
  const std::vector<Sentence>* sa = &from_sentences;
  const std::vector<Sentence>* sb = &to_sentences;
  if (sa->empty() || sb->empty()) {
    one_from.push_back({std::string(from), std::string(from)});
    one_to.push_back({std::string(to), std::string(to)});
    sa = &one_from, sb = &one_to;
  }
  std::vector<std::uint64_t> ka, kb;
  for (const Sentence& s : *sa) ka.push_back(hash_text(s.compare));
  for (const Sentence& s : *sb) kb.push_back(hash_text(s.compare));
  dtl::Diff<std::uint64_t, std::vector<std::uint64_t>> diff(ka, kb);
  diff.compose();

  std::vector<Piece> pieces;
  std::string removed, added;  // the changed stretch being collected
  bool in_stretch = false;
  // Keeps the stretch strings alive at stable addresses: pieces point into them.
  std::deque<std::string> stretches;
  std::size_t ia = 0, ib = 0;
  static const std::string space = " ";
  bool ok = true;
  auto flush_stretch = [&] {
    if (!in_stretch) return;
    stretches.push_back(std::move(removed));
    std::string& r = stretches.back();
    stretches.push_back(std::move(added));
    std::string& a = stretches.back();
    in_stretch = false;
    if (!diff_stretch(r, a, budget, pieces, result.words_changed)) ok = false;
    pieces.push_back({Op::same, space, true});
    removed.clear();
    added.clear();
  };
  for (const auto& element : diff.getSes().getSequence()) {
    if (!ok) break;
    switch (element.second.type) {
      case dtl::SES_COMMON:
        flush_stretch();
        pieces.push_back({Op::same, (*sb)[ib].text, false});
        pieces.push_back({Op::same, space, true});
        ++ia, ++ib;
        break;
      case dtl::SES_DELETE:
        in_stretch = true;
        removed += (*sa)[ia++].text;
        removed += ' ';
        break;
      case dtl::SES_ADD:
        in_stretch = true;
        added += (*sb)[ib++].text;
        added += ' ';
        break;
    }
  }
  if (ok) flush_stretch();
  if (!ok) {
    result.coarse = true;
    result.runs.clear();
    result.words_changed = count_words(from) + count_words(to);
    return result;
  }
  emit_pieces(pieces, result.runs);
  return result;
}

}  // namespace yoy::diff_detail
