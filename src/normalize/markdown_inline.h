#pragma once
// Inline Markdown the normalizer removes: link syntax "[text](url)" → "text".
#include <string>
#include <string_view>

namespace yoy {

// "[Human Trafficking](#)" → "Human Trafficking"; "![alt](x.png)" → "alt".
// Brackets that are not a link ("[sic]") stay as written.
std::string strip_markdown_links(std::string_view s);

}  // namespace yoy
