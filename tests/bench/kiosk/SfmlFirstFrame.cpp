// The floor under helder-kiosk's first frame: SFML 2.5 alone opens a window as the kiosk does,
// clears it and shows it, then touches MARKER. kiosk_bench.py times both from the process start to
// their sign of a frame shown, so the difference is what Helder itself adds.
//   sfml_first_frame WIDTH HEIGHT MARKER

#include <SFML/Graphics/RenderWindow.hpp>

#include <fstream>
#include <string>

int main(int argc, char** argv)
{
    if (argc != 4)
        return 2;
    const unsigned width = static_cast<unsigned>(std::stoul(argv[1]));
    const unsigned height = static_cast<unsigned>(std::stoul(argv[2]));
    sf::RenderWindow window(sf::VideoMode(width, height), "Helder", sf::Style::Default, sf::ContextSettings());
    window.clear(sf::Color(245, 243, 238));
    window.display();
    std::ofstream(argv[3]) << "shown\n";
    return 0;
}
