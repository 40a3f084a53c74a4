#include "audio/Volume.hpp"

#include <doctest/doctest.h>

using helder::audio::Volume;

TEST_CASE("volume steps clamp at both ends and never reach silence")
{
    Volume volume;
    CHECK(volume.step() == Volume::initial);
    for (int i = 0; i < 20; ++i) {
        volume.louder();
    }
    CHECK(volume.step() == Volume::highest);
    CHECK_FALSE(volume.canLouder());
    CHECK(volume.canSofter());
    CHECK(volume.sfmlVolume() == doctest::Approx(100.0));
    for (int i = 0; i < 20; ++i) {
        volume.softer();
    }
    CHECK(volume.step() == Volume::lowest);
    CHECK_FALSE(volume.canSofter());
    CHECK(volume.canLouder());
    CHECK(volume.sfmlVolume() > 1.0F);
    volume.reset();
    CHECK(volume.step() == Volume::initial);
}

TEST_CASE("every step is louder than the one below")
{
    Volume volume;
    for (int i = 0; i < 20; ++i) {
        volume.softer();
    }
    float previous = volume.sfmlVolume();
    while (volume.canLouder()) {
        volume.louder();
        CHECK(volume.sfmlVolume() > previous * 1.2F);
        previous = volume.sfmlVolume();
    }
}
