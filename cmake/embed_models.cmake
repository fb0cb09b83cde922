# Writes a C++ source that carries every shipped model (its prepared image, see ModelLayout) in the
# program by the assembler's .incbin: no copy through CMake, fast for large files.
# Usage: cmake -DOUTPUT=file.cpp -DFILES="a|b" -P embed_models.cmake
string(REPLACE "|" ";" FILES "${FILES}")
set(body "// Generated from models/ at build time; do not edit.\n#include \"language/embedded_models.hpp\"\n\n")
set(table "")
set(index 0)
foreach(file IN LISTS FILES)
  if(file STREQUAL "")
    continue()
  endif()
  get_filename_component(name "${file}" NAME)
  string(APPEND body "__asm__(\".section .rodata\\n.balign 64\\nnewsgraph_model_${index}:\\n.incbin \\\"${file}\\\"\\n"
                     "newsgraph_model_${index}_end:\\n.previous\\n\");\n")
  string(APPEND body "extern \"C\" const char newsgraph_model_${index}[];\nextern \"C\" const char newsgraph_model_${index}_end[];\n")
  string(APPEND table "        {\"${name}\", std::string_view(newsgraph_model_${index}, static_cast<std::size_t>(newsgraph_model_${index}_end - newsgraph_model_${index}))},\n")
  math(EXPR index "${index} + 1")
endforeach()
string(APPEND body "\nnamespace newsgraph {\n\nconst std::vector<EmbeddedModel>& embedded_models() {\n    static const std::vector<EmbeddedModel> models{\n${table}    };\n    return models;\n}\n\n}  // namespace newsgraph\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUTPUT}.tmp")
