// profile_analysis: the differ's BlockAnalysis, done by the profiles.
#include "yoy/parse/block_analysis.h"

#include "yoy/parse/profiles.h"

namespace yoy {

namespace {

class ProfileAnalysis : public BlockAnalysis {
 public:
  void analyze(std::string_view profile, Block& block) const override {
    analyze_block_for(profile, block);
  }
};

}  // namespace

const BlockAnalysis& profile_analysis() {
  static const ProfileAnalysis analysis;
  return analysis;
}

}  // namespace yoy
