// parse_document: bytes → Document, through the reader and profile that fit.
#include "yoy/parse/parse.h"

#include <string>

#include "parse/tip_text.h"
#include "yoy/model/report_path.h"
#include "yoy/normalize/normalize.h"
#include "yoy/normalize/text_shape.h"
#include "yoy/parse/profiles.h"
#include "yoy/parse/tip_narratives.h"
#include "yoy/read/html.h"
#include "yoy/read/html_limits.h"
#include "yoy/read/pdf.h"
#include "yoy/util/ascii.h"
#include "yoy/util/blob_id.h"
#include "yoy/util/error.h"
#include "yoy/util/files.h"
#include "yoy/util/limits.h"

namespace yoy {

Profile profile_from_name(std::string_view name) {
  if (name == "auto") return Profile::automatic;
  if (name == "tip") return Profile::tip;
  if (name == "factbook") return Profile::factbook;
  if (name == "generic") return Profile::generic;
  throw InputError("unknown profile '" + std::string(name) +
                   "' (expected auto, tip, factbook or generic)");
}

const char* profile_name(Profile p) {
  switch (p) {
    case Profile::automatic:
      return "auto";
    case Profile::tip:
      return "tip";
    case Profile::factbook:
      return "factbook";
    case Profile::generic:
      return "generic";
  }
  return "auto";
}

namespace {

std::string_view without_bom(std::string_view bytes) {
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

std::string lower_extension(std::string_view path) { return ascii_lower(extension_of_path(path)); }

bool is_html(std::string_view bytes, std::string_view path) {
  const std::string ext = lower_extension(path);
  return ext == "html" || ext == "htm" || looks_like_html(bytes);
}

bool is_json(std::string_view bytes) {
  for (char c : bytes) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    return c == '{';
  }
  return false;
}

bool looks_like_tip(const CleanText& clean) { return tip::is_narrative(clean); }

bool blank(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// A PDF: one narrative (a country's chapter) is that narrative; a whole report
// holds many, which `yoy split` separates; anything else is read as it is.
CleanText pdf_document_text(std::string_view bytes, const std::string& where, Profile profile) {
  const PdfText pdf = read_pdf(bytes, where);
  if (profile == Profile::tip || profile == Profile::automatic) {
    std::vector<Narrative> narratives = find_narratives(pdf, 0);
    if (narratives.size() == 1) return std::move(narratives.front().text);
    if (narratives.size() > 1)
      throw InputError(where + ": a report of " + std::to_string(narratives.size()) +
                       " country narratives (" + narratives.front().title + ", " +
                       narratives[1].title +
                       ", ...); split it into one file each first: yoy split " + where +
                       " --series tip --year YEAR");
  }
  return pdf_clean_text(pdf);
}

}  // namespace

const char* extension_for(std::string_view bytes) {
  if (is_json(without_bom(bytes))) return "json";
  if (is_html(bytes, "")) return "html";
  return "txt";
}

Profile detect_profile(std::string_view bytes, std::string_view source_path) {
  const std::string_view text = without_bom(bytes);
  if (is_pdf(bytes)) {
    const std::string where(source_path.empty() ? "<input>" : source_path);
    return looks_like_tip(pdf_document_text(bytes, where, Profile::automatic)) ? Profile::tip
                                                                               : Profile::generic;
  }
  if (lower_extension(source_path) == "json" || is_json(text)) return Profile::factbook;
  if (is_html(bytes, source_path))
    return looks_like_tip(read_html(bytes, source_path)) ? Profile::tip : Profile::generic;
  return looks_like_tip(normalize_text(text)) ? Profile::tip : Profile::generic;
}

void check_report_shape(std::string_view bytes, std::string_view source_path,
                        std::string_view where_named) {
  const std::string where = !where_named.empty()  ? std::string(where_named)
                            : source_path.empty() ? "<input>"
                                                  : std::string(source_path);
  if (is_pdf(bytes)) return;  // a PDF's bounds are its reader's
  const std::string_view text = without_bom(bytes);
  if (lower_extension(source_path) == "json" || is_json(text)) {
    check_factbook_shape(text, where);
  } else if (is_html(bytes, source_path)) {
    check_html_work(bytes, where);
  } else {
    check_text_shape(text, where);
  }
}

Document parse_document(std::string_view bytes, const ParseOptions& options) {
  const std::string where = options.source_path.empty() ? "<input>" : options.source_path;
  limits::check_input_size(bytes.size(), options.max_input, where);
  if (blank(without_bom(bytes))) throw InputError(where + ": empty file, nothing to parse");

  Profile profile = options.profile;
  const bool json = !is_pdf(bytes) &&
                    (lower_extension(options.source_path) == "json" || is_json(without_bom(bytes)));
  Document doc;
  if (profile == Profile::factbook || (profile == Profile::automatic && json)) {
    check_utf8(bytes, where);
    doc = parse_factbook(without_bom(bytes), where, options.analyze);
  } else {
    CleanText clean;
    if (is_pdf(bytes)) {
      clean = pdf_document_text(bytes, where, profile);  // binary: never through check_utf8
    } else if (is_html(bytes, options.source_path)) {
      clean = read_html(bytes, where);  // decodes the page's declared charset itself
    } else {
      check_utf8(bytes, where);
      const std::string_view text = without_bom(bytes);
      check_text_shape(text, where);
      clean = normalize_text(text);
      const std::size_t offset = static_cast<std::size_t>(text.data() - bytes.data());
      for (TextBlock& b : clean.blocks) b.span.begin += offset, b.span.end += offset;
    }
    limits::check_block_count(clean.blocks.size(), where);
    if (profile == Profile::automatic)
      profile = looks_like_tip(clean) ? Profile::tip : Profile::generic;
    doc = profile == Profile::tip ? parse_tip(clean) : parse_generic(clean);
  }
  doc.id = report_id_of_path(options.source_path);
  doc.source_path = options.source_path;
  // A stored report's blob id is known: hashing its bytes again would only repeat it.
  doc.source_hash = options.source_hash.empty() ? git_blob_id(bytes) : options.source_hash;
  return doc;
}

Document parse_file(const std::string& path, Profile profile, std::size_t max_input) {
  ParseOptions options;
  options.profile = profile;
  options.source_path = path;
  options.max_input = max_input;
  return parse_document(read_file(path, max_input), options);
}

}  // namespace yoy
