// Escaping of report text for HTML, XML and Markdown output, and links (see render_escape.h).
#include "render/render_escape.h"

#include "yoy/util/printable.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

enum class Markup { html, xml };

// The five characters both dialects escape, and each one's rules for the rest.
std::string escape_markup(std::string_view text, Markup markup) {
  const bool xml = markup == Markup::xml;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    const TextUnit unit = text_unit(text, i);
    if (unit.control) {
      append_visible(out, text.substr(i, unit.bytes));
    } else if (xml && unit.bytes == 3 && c == 0xEF &&
               static_cast<unsigned char>(text[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      utf8::append(out, 0xFFFD);  // U+FFFE / U+FFFF are not XML characters
    } else if (unit.bytes > 1) {
      out.append(text.substr(i, unit.bytes));
    } else {
      switch (c) {
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '"':
          out += "&quot;";
          break;
        case '\'':
          out += xml ? "&apos;" : "&#39;";
          break;
        case '\n':
          out += xml ? "&#10;" : "\n";  // XML: kept inside attributes too
          break;
        case '\r':
          out += xml ? "&#13;" : "\r";
          break;
        case '\t':
          out += xml ? "&#9;" : "\t";
          break;
        default:
          out += static_cast<char>(c);
      }
    }
    i += unit.bytes;
  }
  return out;
}

std::string percent_encode(std::string_view segment) {
  static const char* const hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(segment.size());
  for (char c : segment) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~') {
      out += c;
    } else {
      out += '%';
      out += hex[u >> 4];
      out += hex[u & 15];
    }
  }
  return out;
}

}  // namespace

std::string escape_html(std::string_view text) { return escape_markup(text, Markup::html); }

std::string escape_xml(std::string_view text) { return escape_markup(text, Markup::xml); }

std::string escape_markdown(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size();) {
    const TextUnit unit = text_unit(text, i);
    const char c = text[i];
    if (unit.control) {
      std::string visible;
      append_visible(visible, text.substr(i, unit.bytes));
      out += escape_markdown(visible);  // its backslash escaped: shown, not obeyed
    } else if (unit.bytes > 1) {
      out.append(text.substr(i, unit.bytes));
    } else {
      switch (c) {
        // Markdown syntax: emphasis, code, links, tables, strike-through, escapes.
        case '\\':
        case '`':
        case '*':
        case '_':
        case '[':
        case ']':
        case '|':
        case '~':
          out += '\\';
          out += c;
          break;
        // Raw HTML and entities (GitHub and most renderers pass HTML through).
        case '&':
          out += "&amp;";
          break;
        case '<':
          out += "&lt;";
          break;
        case '>':
          out += "&gt;";
          break;
        case '\n':
        case '\r':
        case '\t':
          out += ' ';
          break;
        default:
          out += c;
      }
    }
    i += unit.bytes;
  }
  return out;
}

std::string link_target(std::string_view page, std::string_view fragment) {
  std::string out = percent_encode(page);
  if (!fragment.empty()) out += "#" + percent_encode(fragment);
  return out;
}

std::string html_link(std::string_view page, std::string_view fragment,
                      std::string_view text_html) {
  std::string out = "<a href=\"";
  out += escape_html(link_target(page, fragment));
  out += "\">";
  out += text_html;
  out += "</a>";
  return out;
}

std::string markdown_link(std::string_view text_md, std::string_view page) {
  std::string out = "[";
  out += text_md;
  out += "](";
  out += link_target(page);
  out += ")";
  return out;
}

}  // namespace yoy
