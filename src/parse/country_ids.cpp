// Country ids: every name an edition uses for a country → one slug.
#include "yoy/parse/country_ids.h"

#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <unordered_map>
#include <vector>

#include "yoy/util/utf8.h"

namespace yoy {

namespace {

struct Country {
  std::string_view slug;     // the state.gov URL slug
  std::string_view display;  // the name shown to people
  std::string_view aliases;  // other names editions use, '|'-separated
};

// The countries and areas of the TIP Report, with the names the editions of
// 2001–2025 (titles, PDF headings, copies) have used for them.
constexpr Country kCountries[] = {
    {"afghanistan", "Afghanistan", ""},
    {"albania", "Albania", ""},
    {"algeria", "Algeria", ""},
    {"angola", "Angola", ""},
    {"antigua-and-barbuda", "Antigua and Barbuda", ""},
    {"argentina", "Argentina", ""},
    {"armenia", "Armenia", ""},
    {"aruba", "Aruba", ""},
    {"australia", "Australia", ""},
    {"austria", "Austria", ""},
    {"azerbaijan", "Azerbaijan", ""},
    {"the-bahamas", "The Bahamas", "Bahamas|Commonwealth of The Bahamas"},
    {"bahrain", "Bahrain", ""},
    {"bangladesh", "Bangladesh", ""},
    {"barbados", "Barbados", ""},
    {"belarus", "Belarus", ""},
    {"belgium", "Belgium", ""},
    {"belize", "Belize", ""},
    {"benin", "Benin", ""},
    {"bhutan", "Bhutan", ""},
    {"bolivia", "Bolivia", ""},
    {"bosnia-and-herzegovina", "Bosnia and Herzegovina", "Bosnia-Herzegovina|Bosnia"},
    {"botswana", "Botswana", ""},
    {"brazil", "Brazil", ""},
    {"brunei", "Brunei", "Brunei Darussalam"},
    {"bulgaria", "Bulgaria", ""},
    {"burkina-faso", "Burkina Faso", ""},
    {"burma", "Burma", "Myanmar|Burma/Myanmar|Burma (Myanmar)|Union of Burma"},
    {"burundi", "Burundi", ""},
    {"cabo-verde", "Cabo Verde", "Cape Verde"},
    {"cambodia", "Cambodia", ""},
    {"cameroon", "Cameroon", ""},
    {"canada", "Canada", ""},
    {"central-african-republic", "Central African Republic", "CAR"},
    {"chad", "Chad", ""},
    {"chile", "Chile", ""},
    {"china", "China",
     "People's Republic of China|PRC|China (PRC)|China (includes Tibet, Hong Kong, and Macau)|"
     "China (includes Tibet, Hong Kong, and Macau) - China|China (Includes Tibet) - China|"
     "People's Republic of China (PRC)"},
    {"colombia", "Colombia", ""},
    {"comoros", "Comoros", ""},
    {"democratic-republic-of-the-congo", "Democratic Republic of the Congo",
     "Congo, Democratic Republic of the|Congo (Kinshasa)|Democratic Republic of Congo|DRC|"
     "Congo, Democratic Republic of|Congo (DRC)"},
    {"republic-of-the-congo", "Republic of the Congo",
     "Congo, Republic of the|Congo (Brazzaville)|Republic of Congo|Congo|Congo, Republic of"},
    {"costa-rica", "Costa Rica", ""},
    {"cote-divoire", "Côte d'Ivoire", "Ivory Coast"},
    {"croatia", "Croatia", ""},
    {"cuba", "Cuba", ""},
    {"curacao", "Curaçao", ""},
    {"cyprus", "Cyprus", ""},
    {"czech-republic", "Czech Republic", "Czechia"},
    {"denmark", "Denmark", ""},
    {"djibouti", "Djibouti", ""},
    {"dominica", "Dominica", ""},
    {"dominican-republic", "Dominican Republic", ""},
    {"ecuador", "Ecuador", ""},
    {"egypt", "Egypt", ""},
    {"el-salvador", "El Salvador", ""},
    {"equatorial-guinea", "Equatorial Guinea", ""},
    {"eritrea", "Eritrea", ""},
    {"estonia", "Estonia", ""},
    {"eswatini", "Eswatini", "Swaziland|Kingdom of Eswatini"},
    {"ethiopia", "Ethiopia", ""},
    {"fiji", "Fiji", ""},
    {"finland", "Finland", ""},
    {"france", "France", ""},
    {"gabon", "Gabon", ""},
    {"the-gambia", "The Gambia", "Gambia"},
    {"georgia", "Georgia", ""},
    {"germany", "Germany", ""},
    {"ghana", "Ghana", ""},
    {"greece", "Greece", ""},
    {"grenada", "Grenada", ""},
    {"guatemala", "Guatemala", ""},
    {"guinea", "Guinea", ""},
    {"guinea-bissau", "Guinea-Bissau", ""},
    {"guyana", "Guyana", ""},
    {"haiti", "Haiti", ""},
    {"honduras", "Honduras", ""},
    {"hong-kong", "Hong Kong", "Hong Kong SAR|Hong Kong, China"},
    {"hungary", "Hungary", ""},
    {"iceland", "Iceland", ""},
    {"india", "India", ""},
    {"indonesia", "Indonesia", ""},
    {"iran", "Iran", "Islamic Republic of Iran"},
    {"iraq", "Iraq", ""},
    {"ireland", "Ireland", ""},
    {"israel", "Israel", ""},
    {"italy", "Italy", ""},
    {"jamaica", "Jamaica", ""},
    {"japan", "Japan", ""},
    {"jordan", "Jordan", ""},
    {"kazakhstan", "Kazakhstan", ""},
    {"kenya", "Kenya", ""},
    {"kiribati", "Kiribati", ""},
    {"north-korea", "North Korea",
     "Korea, Democratic People's Republic of|Democratic People's Republic of Korea|DPRK|"
     "Korea, North|North Korea (DPRK)|Korea (DPRK)"},
    {"south-korea", "South Korea", "Korea, Republic of|Republic of Korea|ROK|Korea, South"},
    {"kosovo", "Kosovo", ""},
    {"kuwait", "Kuwait", ""},
    {"kyrgyz-republic", "Kyrgyz Republic", "Kyrgyzstan"},
    {"laos", "Laos", "Lao PDR|Lao People's Democratic Republic"},
    {"latvia", "Latvia", ""},
    {"lebanon", "Lebanon", ""},
    {"lesotho", "Lesotho", ""},
    {"liberia", "Liberia", ""},
    {"libya", "Libya", ""},
    {"lithuania", "Lithuania", ""},
    {"luxembourg", "Luxembourg", ""},
    {"macau", "Macau", "Macao|Macau SAR"},
    {"madagascar", "Madagascar", ""},
    {"malawi", "Malawi", ""},
    {"malaysia", "Malaysia", ""},
    {"maldives", "Maldives", "Republic of Maldives"},
    {"mali", "Mali", ""},
    {"malta", "Malta", ""},
    {"marshall-islands", "Marshall Islands", "Republic of the Marshall Islands"},
    {"mauritania", "Mauritania", ""},
    {"mauritius", "Mauritius", ""},
    {"mexico", "Mexico", ""},
    {"micronesia", "Micronesia", "Federated States of Micronesia|Micronesia, Federated States of"},
    {"moldova", "Moldova", "Republic of Moldova"},
    {"mongolia", "Mongolia", ""},
    {"montenegro", "Montenegro", ""},
    {"morocco", "Morocco", ""},
    {"mozambique", "Mozambique", ""},
    {"namibia", "Namibia", ""},
    {"nepal", "Nepal", ""},
    {"netherlands", "Netherlands", "Kingdom of the Netherlands"},
    {"new-zealand", "New Zealand", ""},
    {"nicaragua", "Nicaragua", ""},
    {"niger", "Niger", ""},
    {"nigeria", "Nigeria", ""},
    {"north-macedonia", "North Macedonia",
     "Macedonia|Republic of North Macedonia|Former Yugoslav Republic of Macedonia|FYROM|"
     "Macedonia, Former Yugoslav Republic of"},
    {"norway", "Norway", ""},
    {"oman", "Oman", ""},
    {"pakistan", "Pakistan", ""},
    {"palau", "Palau", ""},
    {"panama", "Panama", ""},
    {"papua-new-guinea", "Papua New Guinea", ""},
    {"paraguay", "Paraguay", ""},
    {"peru", "Peru", ""},
    {"philippines", "Philippines", ""},
    {"poland", "Poland", ""},
    {"portugal", "Portugal", ""},
    {"qatar", "Qatar", ""},
    {"romania", "Romania", ""},
    {"russia", "Russia", "Russian Federation"},
    {"rwanda", "Rwanda", ""},
    {"saint-kitts-and-nevis", "Saint Kitts and Nevis", "St. Kitts and Nevis"},
    {"saint-lucia", "Saint Lucia", "St. Lucia"},
    {"saint-vincent-and-the-grenadines", "Saint Vincent and the Grenadines",
     "St. Vincent and the Grenadines"},
    {"samoa", "Samoa", ""},
    {"saudi-arabia", "Saudi Arabia", ""},
    {"senegal", "Senegal", ""},
    {"serbia", "Serbia", ""},
    {"seychelles", "Seychelles", ""},
    {"sierra-leone", "Sierra Leone", ""},
    {"singapore", "Singapore", ""},
    {"sint-maarten", "Sint Maarten", "St. Maarten"},
    {"slovakia", "Slovakia", "Slovak Republic"},
    {"slovenia", "Slovenia", ""},
    {"solomon-islands", "Solomon Islands", ""},
    {"somalia", "Somalia", ""},
    {"south-africa", "South Africa", ""},
    {"south-sudan", "South Sudan", ""},
    {"spain", "Spain", ""},
    {"sri-lanka", "Sri Lanka", ""},
    {"sudan", "Sudan", ""},
    {"suriname", "Suriname", ""},
    {"sweden", "Sweden", ""},
    {"switzerland", "Switzerland", ""},
    {"syria", "Syria", "Syrian Arab Republic"},
    {"taiwan", "Taiwan", ""},
    {"tajikistan", "Tajikistan", ""},
    {"tanzania", "Tanzania", "United Republic of Tanzania"},
    {"thailand", "Thailand", ""},
    {"timor-leste", "Timor-Leste", "East Timor"},
    {"togo", "Togo", ""},
    {"tonga", "Tonga", ""},
    {"trinidad-and-tobago", "Trinidad and Tobago", ""},
    {"tunisia", "Tunisia", ""},
    {"turkey", "Türkiye", "Turkey|Republic of Türkiye|Republic of Turkey"},
    {"turkmenistan", "Turkmenistan", ""},
    {"tuvalu", "Tuvalu", ""},
    {"uganda", "Uganda", ""},
    {"ukraine", "Ukraine", ""},
    {"united-arab-emirates", "United Arab Emirates", "UAE"},
    {"united-kingdom", "United Kingdom", "UK|Great Britain"},
    {"united-states", "United States", "United States of America|USA|US|U.S."},
    {"uruguay", "Uruguay", ""},
    {"uzbekistan", "Uzbekistan", ""},
    {"vanuatu", "Vanuatu", ""},
    {"venezuela", "Venezuela", ""},
    {"vietnam", "Vietnam", "Viet Nam"},
    {"yemen", "Yemen", ""},
    {"zambia", "Zambia", ""},
    {"zimbabwe", "Zimbabwe", ""},
    {"serbia-and-montenegro", "Serbia and Montenegro", ""},
    {"west-bank-and-gaza", "West Bank and Gaza", "Israel - West Bank and Gaza"},
    {"andorra", "Andorra", ""},
};

// Letters and digits of a name, accents stripped and case folded, one word
// each: "Côte d’Ivoire" → {"cote", "divoire"}; apostrophes join, "&" is
// "and", "St." is "saint".
std::vector<std::string> name_words(std::string_view name) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                   static_cast<utf8proc_ssize_t>(name.size()), &mapped,
                   static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                  UTF8PROC_CASEFOLD | UTF8PROC_COMPAT));
  if (n < 0) return {};
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(mapped, &std::free);
  const std::string_view folded(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(n));
  std::vector<std::string> words;
  std::string word;
  const auto flush = [&] {
    if (word == "st") word = "saint";
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < folded.size();) {
    const std::size_t start = i;
    const std::uint32_t cp = utf8::next(folded, i);
    if (cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == '`') continue;
    const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    const bool letter = category == UTF8PROC_CATEGORY_LL || category == UTF8PROC_CATEGORY_LU ||
                        category == UTF8PROC_CATEGORY_LO || category == UTF8PROC_CATEGORY_ND;
    if (letter) {
      word.append(folded, start, i - start);
      continue;
    }
    flush();
    if (cp == '&') words.emplace_back("and");
  }
  flush();
  return words;
}

// The lookup key: words run together, a leading or trailing "the" dropped.
std::string key_of(std::vector<std::string> words) {
  if (!words.empty() && words.front() == "the") words.erase(words.begin());
  if (!words.empty() && words.back() == "the") words.pop_back();
  std::string key;
  for (const std::string& w : words) key += w;
  return key;
}

std::string key_of(std::string_view name) { return key_of(name_words(name)); }

const std::unordered_map<std::string, std::string_view>& slug_by_key() {
  static const std::unordered_map<std::string, std::string_view> table = [] {
    std::unordered_map<std::string, std::string_view> t;
    for (const Country& c : kCountries) {
      t.emplace(key_of(c.display), c.slug);
      t.emplace(key_of(c.slug), c.slug);
      std::string_view rest = c.aliases;
      while (!rest.empty()) {
        const std::size_t bar = rest.find('|');
        t.emplace(key_of(rest.substr(0, bar)), c.slug);
        if (bar == std::string_view::npos) break;
        rest.remove_prefix(bar + 1);
      }
    }
    return t;
  }();
  return table;
}

std::string lookup(std::string_view name) {
  const auto& table = slug_by_key();
  if (auto it = table.find(key_of(name)); it != table.end()) return std::string(it->second);
  // Inverted forms: "Korea, Democratic People's Republic of", "Gambia, The".
  if (const std::size_t comma = name.find(','); comma != std::string_view::npos) {
    std::string turned(name.substr(comma + 1));
    turned += ' ';
    turned += name.substr(0, comma);
    if (auto it = table.find(key_of(turned)); it != table.end()) return std::string(it->second);
  }
  return "";
}

}  // namespace

std::string country_slug(std::string_view name) {
  if (name.size() > 200) return "";
  if (std::string slug = lookup(name); !slug.empty()) return slug;
  // A page title around the name: "2022 Trafficking in Persons Report: Burma",
  // "Trafficking in Persons Report 2017 - Country Narratives - Cuba".
  for (std::string_view separator : {":", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = name.rfind(separator);
    if (at == std::string_view::npos) continue;
    if (std::string slug = lookup(name.substr(at + separator.size())); !slug.empty()) return slug;
  }
  return "";
}

std::string country_display_name(std::string_view slug) {
  for (const Country& c : kCountries)
    if (c.slug == slug) return std::string(c.display);
  return "";
}

}  // namespace yoy
