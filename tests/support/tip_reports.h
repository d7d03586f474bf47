#pragma once
// Known-answer TIP reports generated from the shipped 2025 North Korea narrative.
#include <string>

namespace yoy::test {

// corpus/tip/2025/north-korea.txt, byte for byte.
std::string north_korea_2025();
// The same narrative as a 2024 edition would read: Tier 2 Watch List, and
// "80,000 to 120,000" persons instead of "80,000 to 200,000".
std::string north_korea_2024();
// A distinct, valid report for `id` in `year` (the 2025 text, retitled and renumbered).
std::string generated_report(const std::string& id, int year);

// Replaces every occurrence of `from` in text (which must contain it).
std::string replace_all(std::string text, const std::string& from, const std::string& to);

}  // namespace yoy::test
