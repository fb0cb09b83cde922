// Build step: writes the prepared image of a model file (see ModelLayout) for
// the program to carry. Usage: newsgraph_prepare_model MODEL.ngm IMAGE
#include <cstdio>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>

#include "language/prepared_models.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: newsgraph_prepare_model MODEL.ngm IMAGE\n");
        return 2;
    }
    try {
        std::ifstream in(argv[1], std::ios::binary);
        if (!in) throw std::runtime_error(std::string(argv[1]) + ": cannot open model file");
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string image = newsgraph::prepare_model(bytes, argv[1]);
        const std::string temporary = std::string(argv[2]) + ".tmp";
        {
            std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
            out.write(image.data(), static_cast<std::streamsize>(image.size()));
            if (!out.flush()) throw std::runtime_error(temporary + ": cannot write");
        }
        if (std::rename(temporary.c_str(), argv[2]) != 0)
            throw std::runtime_error(std::string(argv[2]) + ": cannot move into place");
    } catch (const std::exception& error) {
        std::fprintf(stderr, "newsgraph_prepare_model: %s\n", error.what());
        return 1;
    }
    return 0;
}
