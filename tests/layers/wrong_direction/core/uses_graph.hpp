// A core header that includes the graph layer: check_layers.py must reject it.
#pragma once

#include "core/span.hpp"
#include "graph/knowledge_graph.hpp"
