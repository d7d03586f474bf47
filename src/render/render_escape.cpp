// Escaping of report text for HTML, XML and Markdown output (see render_escape.h).
#include "render/render_escape.h"

#include "yoy/util/utf8.h"

namespace yoy {

namespace {

enum class Markup { html, xml };

// The five characters both dialects escape, and each one's rules for the rest.
std::string escape_markup(std::string_view text, Markup markup) {
  const bool xml = markup == Markup::xml;
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
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
        if (c == 0 || (xml && (c < 0x20 || c == 0x7F))) {
          // NUL is a parse error in HTML; XML 1.0 cannot carry any other control character.
          utf8::append(out, 0xFFFD);
        } else if (xml && c == 0xEF && i + 2 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                   (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
          utf8::append(out, 0xFFFD);  // U+FFFE / U+FFFF are not XML characters either
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
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
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
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
        if (u < 0x20 || u == 0x7f) break;  // control bytes: dropped
        out += c;
    }
  }
  return out;
}

std::string escape_link_target(std::string_view name) {
  static const char* const hex = "0123456789ABCDEF";
  std::string out;
  out.reserve(name.size());
  for (char c : name) {
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

}  // namespace yoy
