// One id per country whatever the edition calls it (state.gov slugs).
#include "yoy/parse/country_ids.h"

#include <gtest/gtest.h>

namespace {

TEST(CountryIds, EveryNameAnEditionUsesIsOneId) {
  const std::pair<const char*, const char*> names[] = {
      {"Burma", "burma"},
      {"BURMA", "burma"},
      {"Myanmar", "burma"},
      {"T\xC3\xBCrkiye", "turkey"},  // Türkiye
      {"TURKEY", "turkey"},
      {"Eswatini", "eswatini"},
      {"Swaziland", "eswatini"},
      {"North Macedonia", "north-macedonia"},
      {"Macedonia", "north-macedonia"},
      {"Czechia", "czech-republic"},
      {"Czech Republic", "czech-republic"},
      {"Cabo Verde", "cabo-verde"},
      {"Cape Verde", "cabo-verde"},
      {"C\xC3\xB4te d'Ivoire", "cote-divoire"},
      {"Cote d\xE2\x80\x99Ivoire", "cote-divoire"},
      {"COTE D'IVOIRE", "cote-divoire"},
      {"Korea, Democratic People's Republic of", "north-korea"},
      {"Korea, Democratic People\xE2\x80\x99s Republic of", "north-korea"},
      {"KOREA, DEMOCRATIC PEOPLE'S REPUBLIC OF", "north-korea"},
      {"North Korea", "north-korea"},
      {"DPRK", "north-korea"},
      {"Democratic People's Republic of Korea", "north-korea"},
      {"Korea, Republic of", "south-korea"},
      {"South Korea", "south-korea"},
      {"Gambia, The", "the-gambia"},
      {"The Gambia", "the-gambia"},
      {"Congo, Democratic Republic of the", "democratic-republic-of-the-congo"},
      {"CONGO, DEMOCRATIC REPUBLIC OF THE", "democratic-republic-of-the-congo"},
      {"Congo, Republic of the", "republic-of-the-congo"},
      {"Bahamas, The", "the-bahamas"},
      {"St. Vincent and the Grenadines", "saint-vincent-and-the-grenadines"},
      {"Bosnia & Herzegovina", "bosnia-and-herzegovina"},
      {"Russian Federation", "russia"},
      {"Kyrgyzstan", "kyrgyz-republic"},
      {"Timor-Leste", "timor-leste"},
      {"Guinea-Bissau", "guinea-bissau"},
  };
  for (const auto& [name, slug] : names) EXPECT_EQ(yoy::country_slug(name), slug) << name;
}

TEST(CountryIds, PageTitlesAroundTheName) {
  EXPECT_EQ(yoy::country_slug("2022 Trafficking in Persons Report: Burma"), "burma");
  EXPECT_EQ(yoy::country_slug(
                "Trafficking in Persons Report 2017 - Country Narratives - Democratic People's "
                "Republic of Korea"),
            "north-korea");
}

TEST(CountryIds, WhatIsNoCountryHasNoId) {
  EXPECT_EQ(yoy::country_slug(""), "");
  EXPECT_EQ(yoy::country_slug("Regional Affairs"), "");
  EXPECT_EQ(yoy::country_slug("Office To Monitor and Combat Trafficking in Persons"), "");
  EXPECT_EQ(yoy::country_slug("Guinea Bissau Republic of Nowhere"), "");
  EXPECT_EQ(yoy::country_slug(std::string(300, 'a')), "");
}

TEST(CountryIds, DisplayNames) {
  EXPECT_EQ(yoy::country_display_name("north-korea"), "North Korea");
  EXPECT_EQ(yoy::country_display_name("turkey"), "T\xC3\xBCrkiye");
  EXPECT_EQ(yoy::country_display_name("cote-divoire"), "C\xC3\xB4te d'Ivoire");
  EXPECT_EQ(yoy::country_display_name("atlantis"), "");
  // Every display name leads back to its id.
  for (const char* slug : {"north-korea", "the-gambia", "democratic-republic-of-the-congo",
                           "saint-lucia", "cabo-verde", "eswatini", "burma"})
    EXPECT_EQ(yoy::country_slug(yoy::country_display_name(slug)), slug);
}

}  // namespace
