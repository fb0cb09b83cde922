#!/usr/bin/python3
"""Times a peer library writing the same graph newsgraph wrote: NetworkX and
igraph write GraphML after reading newsgraph's GraphML (reading is not timed).
Usage: peer_write.py networkx|igraph INPUT.graphml OUTPUT.graphml
Prints: edges and seconds spent writing."""
import sys, time

tool, source, target = sys.argv[1:4]
if tool == "networkx":
    import networkx as nx
    graph = nx.read_graphml(source)
    start = time.perf_counter()
    nx.write_graphml(graph, target)
    edges = graph.number_of_edges()
else:
    import igraph
    graph = igraph.Graph.Read_GraphML(source)
    start = time.perf_counter()
    graph.write_graphml(target)
    edges = graph.ecount()
print(f"{edges}\t{time.perf_counter() - start:.3f}")
