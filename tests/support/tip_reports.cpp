#include "tip_reports.h"

#include <stdexcept>

#include "yoy/util/files.h"

namespace yoy::test {

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  if (at == std::string::npos)
    throw std::runtime_error("generated report: '" + from + "' not found");
  for (; at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string north_korea_2025() {
  return read_file(YOY_SOURCE_DIR "/corpus/tip/2025/north-korea.txt", 1u << 20);
}

std::string north_korea_2024() {
  std::string text = north_korea_2025();
  text = replace_all(text, "(Tier 3)", "(Tier 2 Watch List)");
  text = replace_all(text, "(TIER 3)", "(TIER 2 WATCH LIST)");
  text = replace_all(text, "80,000 to 200,000", "80,000 to 120,000");
  text =
      replace_all(text, "2025 Trafficking in Persons Report", "2024 Trafficking in Persons Report");
  return text;
}

std::string generated_report(const std::string& id, int year) {
  std::string text = north_korea_2025();
  text = replace_all(text, "2025 Trafficking in Persons Report",
                     std::to_string(year) + " Trafficking in Persons Report");
  text = replace_all(text, "80,000 to 200,000", "80,000 to " + std::to_string(year) + "00");
  return text + "\nReport " + id + " of " + std::to_string(year) + ".\n";
}

}  // namespace yoy::test
