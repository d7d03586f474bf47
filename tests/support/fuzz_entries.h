#pragma once
// The entry points the libFuzzer targets (tests/fuzz/) and the regression test
// (tests/fuzz/regressions_test.cpp) share: each feeds arbitrary bytes to one
// module. Each must return or throw yoy::InputError; anything else is a bug.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace yoy::fuzz {

void parse_text(std::string_view bytes);       // parse_document on text: tip, generic, auto
void parse_factbook(std::string_view bytes);   // the factbook JSON profile
void normalize(std::string_view bytes);        // normalize_text, compare_form, split_sentences
void read_html(std::string_view bytes);        // the gumbo HTML reader
void diff(std::string_view bytes);             // two inputs (split_pair), parsed, diffed, rendered
void decode_document(std::string_view bytes);  // the analysis cache's Document decoder

// Splits one fuzz input into two: at the first "\n%%%%\n" if any, else in the middle.
std::pair<std::string_view, std::string_view> split_pair(std::string_view bytes);
// Joins two inputs so that split_pair gives them back (used to write seeds).
std::string join_pair(std::string_view first, std::string_view second);

struct Target {
  const char* name;  // directory name under tests/fuzz/regressions/
  void (*run)(std::string_view);
};
// Every target, for the regression test.
const std::vector<Target>& targets();

}  // namespace yoy::fuzz
