#pragma once
// Tokens of one sentence, as the statistics extractor sees them.
#include <string>
#include <string_view>
#include <vector>

namespace yoy::stats {

enum class TokenKind { word, number, punct };

struct Token {
  TokenKind kind = TokenKind::punct;
  std::size_t begin = 0, end = 0;  // byte offsets in the sentence
  std::string_view text;           // the token as written ("$1,500", "20%", "North")
  std::string lower;               // words: ASCII lower-case form
  double value = 0;                // numbers
  bool money = false;              // a currency sign before it: "$", "€", "£", "¥"
  std::string_view currency;       // money: "dollars", "euros", "pounds", "yen"
  bool percent = false;            // "%" suffix
  bool has_separator = false;      // "80,000"
  bool has_decimal = false;        // "1.5"
  bool glued_letter = false;       // a letter follows without space: "21st", "5km"
  bool space_before = true;        // whitespace precedes the token
};

std::vector<Token> tokenize(std::string_view sentence);

}  // namespace yoy::stats
