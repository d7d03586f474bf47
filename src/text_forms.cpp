// Comparison forms: NFC, compare_form (what "the same text" means) and section keys.
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

#include "utf8_util.h"
#include "yoy/normalize.h"

namespace yoy {

std::string nfc(std::string_view s) {
  if (utf8::is_ascii(s)) return std::string(s);  // ASCII is always NFC
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
      &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (n < 0) return std::string(s);  // not valid UTF-8: leave it to check_utf8 to complain
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  return std::string(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
}

namespace {

// Typographic characters folded for comparison; 0 = whitespace.
int fold(std::uint32_t cp) {
  switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x02BC:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x00AB:
    case 0x00BB:
      return '"';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return '-';
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2007:
    case 0x2009:
    case 0x200A:
    case 0x202F:
    case 0x3000:
      return 0;
    default:
      return -1;
  }
}

}  // namespace

std::string compare_form(std::string_view display) {
  std::string text =
      display.find('&') == std::string_view::npos ? std::string(display) : decode_entities(display);
  const bool ascii = utf8::is_ascii(text);
  if (!ascii) text = nfc(text);
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  const auto put = [&](char c) {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += c;
  };
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v')
        pending_space = true;
      else
        put(static_cast<char>(c));
      continue;
    }
    const std::size_t start = i;
    const std::uint32_t cp = utf8::next(text, i);
    if (cp == 0x00AD || cp == 0x200B || cp == 0xFEFF) continue;  // invisible
    if (cp == 0x2026) {                                          // ellipsis
      put('.'), out += "..";
      continue;
    }
    const int folded = fold(cp);
    if (folded == 0) {
      pending_space = true;
    } else if (folded > 0) {
      put(static_cast<char>(folded));
    } else {
      put(text[start]);
      out.append(text, start + 1, i - start - 1);
    }
  }
  return out;
}

std::string section_key(std::string_view heading) {
  std::string form = compare_form(heading);
  while (!form.empty() && (form.back() == ':' || form.back() == '.' || form.back() == ' '))
    form.pop_back();
  std::string key;
  key.reserve(form.size());
  bool dash = false;
  for (char ch : form) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool alnum =
        (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    if (!alnum) {
      dash = !key.empty();
      continue;
    }
    if (dash) key += '-';
    dash = false;
    key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  return key;
}

}  // namespace yoy
