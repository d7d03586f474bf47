// Comparison forms: NFC, compare_form (what "the same text" means) and section keys.
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <memory>

#include "yoy/normalize/normalize.h"
#include "yoy/util/ascii.h"
#include "yoy/util/utf8.h"

namespace yoy {

namespace {

// True when every code point is one NFC leaves alone whatever surrounds it
// (quick-check "Yes" and not a composition partner): everything below U+0300
// and the general punctuation quotes, dashes, bullets and ellipsis. Report text
// is almost always like this, and utf8proc_map is the slowest step otherwise.
bool trivially_nfc(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::uint32_t cp = utf8::next(s, i);
    if (cp < 0x300 || (cp >= 0x2010 && cp <= 0x205E)) continue;
    return false;
  }
  return true;
}

}  // namespace

std::string nfc(std::string_view s) {
  if (trivially_nfc(s)) return std::string(s);
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

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// "anti- trafficking" (a line break after the hyphen became a space) is
// "anti-trafficking"; "sex- and labor trafficking" keeps its space.
bool broken_after_hyphen(const std::string& out, std::string_view rest) {
  if (out.size() < 2 || out.back() != '-' || !ascii_letter(out[out.size() - 2])) return false;
  if (rest.empty() || rest[0] < 'a' || rest[0] > 'z') return false;
  std::size_t n = 0;
  while (n < rest.size() && ascii_letter(rest[n])) ++n;
  const std::string_view word = rest.substr(0, n);
  return word != "and" && word != "or" && word != "to" && word != "nor" && word != "but";
}

}  // namespace

std::string compare_form(std::string_view display) {
  std::string decoded;
  std::string_view text = display;
  if (text.find('&') != std::string_view::npos) decoded = decode_entities(text), text = decoded;
  if (!utf8::is_ascii(text)) decoded = nfc(text), text = decoded;
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  const auto space_if_pending = [&] {
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
  };
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (is_ascii_space(static_cast<char>(c))) {
      pending_space = true;
      ++i;
      continue;
    }
    if (c < 0x80) {  // a run of visible ASCII is copied as it is
      std::size_t end = i + 1;
      while (end < text.size() && static_cast<unsigned char>(text[end]) > ' ' &&
             static_cast<unsigned char>(text[end]) < 0x80)
        ++end;
      if (pending_space && broken_after_hyphen(out, text.substr(i))) pending_space = false;
      space_if_pending();
      out.append(text, i, end - i);
      i = end;
      continue;
    }
    const std::size_t start = i;
    const std::uint32_t cp = utf8::next(text, i);
    if (cp == 0x00AD || cp == 0x200B || cp == 0xFEFF) continue;  // invisible
    const int folded = fold(cp);
    if (folded == 0) {
      pending_space = true;
      continue;
    }
    space_if_pending();
    if (cp == 0x2026)
      out += "...";  // ellipsis
    else if (folded > 0)
      out += static_cast<char>(folded);
    else
      out.append(text, start, i - start);
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
    key += ascii_lower(static_cast<char>(c));
  }
  return key;
}

}  // namespace yoy
