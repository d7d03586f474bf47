# cmake -DIN=words.txt -DOUT=english_words.cpp -P english_words.cmake
# Compiles a word list (one word a line) into sorted newline-separated chunks
# of string literals, each under the 64 KiB ISO C++ guarantees (-Wpedantic).
file(STRINGS "${IN}" words REGEX "^[a-z][a-z]+$")
list(REMOVE_DUPLICATES words)
list(SORT words)
set(chunks "")
set(chunk "")
set(count 0)
foreach(word IN LISTS words)
  string(APPEND chunk "${word}\\n")
  math(EXPR count "${count} + 1")
  if(count EQUAL 4000)
    string(APPEND chunks "    \"${chunk}\",\n")
    set(chunk "")
    set(count 0)
  endif()
endforeach()
string(APPEND chunks "    \"${chunk}\",\n")
file(WRITE "${OUT}.tmp" "// Generated from ${IN} by src/read/english_words.cmake: sorted, lower-case.
namespace yoy::pdf {
extern const char* const kEnglishWords[];
extern const int kEnglishWordChunks;
const char* const kEnglishWords[] = {
${chunks}};
const int kEnglishWordChunks = sizeof kEnglishWords / sizeof kEnglishWords[0];
}  // namespace yoy::pdf
")
file(RENAME "${OUT}.tmp" "${OUT}")
