#pragma once
// What a JSON value is, in the words of a reader's messages ("must be an array
// of rules, not an object"): policy files and monitor files say it one way.
// Private to the readers that use nlohmann/json; not installed.
#include <nlohmann/json.hpp>

namespace yoy {

inline const char* json_type(const nlohmann::json& value) {
  if (value.is_null()) return "null";
  if (value.is_boolean()) return "a boolean";
  if (value.is_number()) return "a number";
  if (value.is_string()) return "a string";
  if (value.is_array()) return "an array";
  return "an object";
}

}  // namespace yoy
