// gumbo tree → clean report paragraphs: block elements become TextBlocks,
// inline elements join into their block, <br> is a soft break, tables and
// definition lists become labelled field blocks, page chrome is skipped.
#include <utf8proc.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string>

#include "read/html_tree.h"
#include "yoy/normalize/headings.h"
#include "yoy/util/error.h"

namespace yoy::html {

namespace {

// Deeper than this the page is refused; the guard in html_limits keeps real
// and malformed pages far below it, so this only protects the stack.
constexpr int kMaxDepth = 20000;

bool is_html_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

int heading_level_of(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
      return 6;
    default:
      return 0;
  }
}

const GumboVector& children_of(const GumboNode* n) {
  return n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
}

// Properties a block inherits from the block elements around it.
struct BlockContext {
  int heading_level = 0;
  bool list_item = false;
  std::string field_label;
};

class Extractor {
 public:
  explicit Extractor(const OffsetMap& offsets) : offsets_(offsets) {}

  void walk(const GumboNode* node, const BlockContext& ctx, int depth) {
    if (depth > kMaxDepth) throw InputError("HTML nested too deeply");
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_WHITESPACE:
      case GUMBO_NODE_CDATA:
        add_text(node);
        return;
      case GUMBO_NODE_DOCUMENT:
        walk_children(node, ctx, depth);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;  // comments
    }
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_BR) {
      pending_ += ' ';  // a soft break inside the paragraph
      return;
    }
    if (is_tags_box(node)) return;  // collected separately as metadata
    if (is_chrome(node)) return;
    if (!is_block_tag(tag)) {
      const bool link = tag == GUMBO_TAG_A;
      if (link) ++in_link_;
      walk_children(node, ctx, depth);
      if (link) --in_link_;
      return;
    }
    flush(ctx);
    if (tag == GUMBO_TAG_TABLE) return table(node, depth);
    if (tag == GUMBO_TAG_DL) return definition_list(node, ctx, depth);
    BlockContext inner = ctx;
    if (int level = heading_level_of(tag)) inner.heading_level = level;
    if (tag == GUMBO_TAG_LI) inner.list_item = true;
    walk_children(node, inner, depth);
    flush(inner);
  }

  void finish() { flush(BlockContext{}); }
  CleanText take() { return std::move(out_); }

 private:
  void walk_children(const GumboNode* node, const BlockContext& ctx, int depth) {
    const GumboVector& kids = children_of(node);
    for (unsigned i = 0; i < kids.length; ++i)
      walk(static_cast<const GumboNode*>(kids.data[i]), ctx, depth + 1);
  }

  void add_text(const GumboNode* node) {
    const GumboText& t = node->v.text;
    pending_ += t.text;
    if (in_link_) link_chars_ += std::string_view(t.text).size();
    const std::size_t begin = t.start_pos.offset;
    const std::size_t end = begin + t.original_text.length;
    if (node->type == GUMBO_NODE_WHITESPACE) return;
    if (span_begin_ == std::string::npos) span_begin_ = begin;
    span_end_ = std::max(span_end_, end);
  }

  // Ends the paragraph being gathered and keeps it when it has text.
  void flush(const BlockContext& ctx) {
    std::string text = clean_inline(pending_);
    const bool all_link = link_chars_ > 0 && link_chars_ + 8 >= pending_.size();
    pending_.clear();
    link_chars_ = 0;
    const std::size_t begin = span_begin_, end = span_end_;
    span_begin_ = std::string::npos;
    span_end_ = 0;
    if (text.empty()) return;

    // A "TAGS" heading in the flow: the link paragraphs after it are tags.
    if (in_tags_list_ && all_link) {
      out_.tags.push_back(std::move(text));
      return;
    }
    in_tags_list_ = false;
    if (text == "TAGS" || text == "Tags" || text == "Tags:" || text == "TAGS:") {
      in_tags_list_ = true;
      return;
    }

    TextBlock block;
    block.span = {offsets_.to_source(begin), offsets_.to_source(end)};
    block.heading_level = ctx.heading_level;
    block.list_item = ctx.list_item;
    block.field_label = ctx.field_label;
    if (block.heading_level == 0 && !block.list_item && block.field_label.empty() &&
        is_all_caps_heading(text))
      block.heading_level = 3;
    block.text = std::move(text);
    out_.blocks.push_back(std::move(block));
  }

  // A whole cell's text, blocks inside it joined with spaces.
  std::string cell_text(const GumboNode* cell, int depth) {
    Extractor inner(offsets_);
    inner.walk_children(cell, BlockContext{}, depth);
    inner.flush(BlockContext{});
    std::string joined;
    for (const TextBlock& b : inner.out_.blocks) {
      if (!joined.empty()) joined += ' ';
      joined += b.text;
      if (span_begin_ == std::string::npos) span_begin_ = b.span.begin;  // already mapped
      span_end_ = std::max(span_end_, b.span.end);
    }
    return joined;
  }

  void collect_rows(const GumboNode* node, std::vector<const GumboNode*>& rows, int depth) {
    if (depth > kMaxDepth) throw InputError("HTML nested too deeply");
    const GumboVector& kids = children_of(node);
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT) continue;
      if (is_element(k, GUMBO_TAG_TR))
        rows.push_back(k);
      else if (!is_element(k, GUMBO_TAG_TABLE) && !is_chrome(k))
        collect_rows(k, rows, depth + 1);
    }
  }

  // Each row is a field: the first cell labels the rest ("Population | 26 million").
  void table(const GumboNode* table, int depth) {
    std::vector<const GumboNode*> rows;
    collect_rows(table, rows, depth + 1);
    for (const GumboNode* row : rows) {
      std::vector<std::string> cells;
      std::size_t begin = std::string::npos, end = 0;
      const GumboVector& kids = row->v.element.children;
      for (unsigned i = 0; i < kids.length; ++i) {
        const auto* cell = static_cast<const GumboNode*>(kids.data[i]);
        if (!is_element(cell, GUMBO_TAG_TD) && !is_element(cell, GUMBO_TAG_TH)) continue;
        span_begin_ = std::string::npos;
        span_end_ = 0;
        cells.push_back(cell_text(cell, depth + 2));
        if (span_begin_ != std::string::npos) begin = std::min(begin, span_begin_);
        end = std::max(end, span_end_);
      }
      span_begin_ = std::string::npos;
      span_end_ = 0;
      cells.erase(std::remove(cells.begin(), cells.end(), std::string()), cells.end());
      if (cells.empty()) continue;
      TextBlock block;
      block.span = {begin, end};  // cell spans are mapped already
      if (cells.size() >= 2) {
        block.field_label = cells.front();
        for (std::size_t i = 1; i < cells.size(); ++i) {
          if (i > 1) block.text += "; ";
          block.text += cells[i];
        }
      } else {
        block.text = cells.front();
      }
      out_.blocks.push_back(std::move(block));
    }
  }

  // <dt> labels the <dd> blocks after it.
  void definition_list(const GumboNode* dl, const BlockContext& ctx, int depth) {
    std::string label;
    const GumboVector& kids = dl->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
      const auto* k = static_cast<const GumboNode*>(kids.data[i]);
      if (k->type != GUMBO_NODE_ELEMENT || is_chrome(k)) continue;
      if (is_element(k, GUMBO_TAG_DT)) {
        label = clean_inline(plain_text(k));
      } else {
        BlockContext inner = ctx;
        inner.field_label = label;
        walk(k, inner, depth + 1);
      }
    }
  }

  const OffsetMap& offsets_;
  CleanText out_;
  std::string pending_;
  std::size_t link_chars_ = 0;
  int in_link_ = 0;
  bool in_tags_list_ = false;
  std::size_t span_begin_ = std::string::npos;
  std::size_t span_end_ = 0;
};

void collect_tags(const GumboNode* node, std::vector<std::string>& tags, int depth) {
  if (depth > kMaxDepth) return;
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& kids = children_of(node);
  if (is_tags_box(node)) {
    std::vector<const GumboNode*> stack;
    for (unsigned i = kids.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      if (is_element(n, GUMBO_TAG_A)) {
        std::string tag = clean_inline(plain_text(n));
        if (!tag.empty()) tags.push_back(std::move(tag));
        continue;
      }
      const GumboVector& ks = n->v.element.children;
      for (unsigned i = ks.length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(ks.data[i]));
    }
    return;
  }
  if (is_element(node, GUMBO_TAG_SCRIPT) || is_element(node, GUMBO_TAG_STYLE)) return;
  for (unsigned i = 0; i < kids.length; ++i)
    collect_tags(static_cast<const GumboNode*>(kids.data[i]), tags, depth + 1);
}

}  // namespace

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

std::string plain_text(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      if (is_element(n, GUMBO_TAG_SCRIPT) || is_element(n, GUMBO_TAG_STYLE)) continue;
      if (is_element(n, GUMBO_TAG_BR) || is_block_tag(n->v.element.tag)) out += ' ';
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;)
        stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
  return out;
}

std::string clean_inline(std::string_view raw) {
  std::string collapsed;
  collapsed.reserve(raw.size());
  bool space = false;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const auto c = static_cast<unsigned char>(raw[i]);
    // U+00A0 no-break space → space; U+00AD soft hyphen, U+200B..U+200D and
    // U+FEFF are invisible formatting.
    if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xA0) {
      space = true;
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xAD) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0x80 &&
        static_cast<unsigned char>(raw[i + 2]) >= 0x8B &&
        static_cast<unsigned char>(raw[i + 2]) <= 0x8D) {
      i += 2;
      continue;
    }
    if (c == 0xEF && i + 2 < raw.size() && static_cast<unsigned char>(raw[i + 1]) == 0xBB &&
        static_cast<unsigned char>(raw[i + 2]) == 0xBF) {
      i += 2;
      continue;
    }
    if (is_html_space(c)) {
      space = true;
      continue;
    }
    if (space && !collapsed.empty()) collapsed += ' ';
    space = false;
    collapsed += static_cast<char>(c);
  }
  if (collapsed.empty()) return collapsed;
  utf8proc_uint8_t* composed =
      utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(collapsed.c_str()));
  if (!composed) return collapsed;
  std::string out(reinterpret_cast<char*>(composed));
  std::free(composed);
  return out;
}

CleanText extract(const GumboNode* document, const GumboNode* root, const OffsetMap& offsets) {
  Extractor extractor(offsets);
  extractor.walk(root, BlockContext{}, 0);
  extractor.finish();
  CleanText text = extractor.take();
  collect_tags(document, text.tags, 0);
  return text;
}

}  // namespace yoy::html
