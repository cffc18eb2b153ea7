"""No two modules of the three packages import each other, directly or round a loop.

Imports made only for type checking count too: they tie the two modules' designs together
just as much, even though Python never runs them.
"""

from __future__ import annotations

from collections import deque

import grimp

PACKAGES = ("kiosk", "surveys", "accessibility")


def import_graph() -> dict[str, set[str]]:
    """Each module of the three packages and the modules of theirs it imports."""
    graph = grimp.build_graph(*PACKAGES)
    modules = set(graph.modules)
    return {module: graph.find_modules_directly_imported_by(module) & modules for module in modules}


def tangles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The groups of two or more modules that can each reach the others (Tarjan's method)."""
    order: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    found: list[set[str]] = []

    def visit(module: str) -> None:
        order[module] = lowest[module] = len(order)
        stack.append(module)
        for imported in sorted(graph[module]):
            if imported not in order:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in stack:
                lowest[module] = min(lowest[module], order[imported])
        if lowest[module] == order[module]:
            group = {stack.pop()}
            while module not in group:
                group.add(stack.pop())
            if len(group) > 1:
                found.append(group)

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return found


def shortest_loop(graph: dict[str, set[str]], group: set[str]) -> list[str]:
    """The shortest chain of imports from the group's first module back to itself."""
    start = min(group)
    came_from: dict[str, str] = {}
    queue = deque([start])
    while queue:
        module = queue.popleft()
        for imported in sorted(graph[module] & group):
            if imported == start:
                chain = [module]
                while chain[-1] != start:
                    chain.append(came_from[chain[-1]])
                return [start, *reversed(chain[:-1]), start]
            if imported not in came_from:
                came_from[imported] = module
                queue.append(imported)
    raise AssertionError(f"{start} does not loop back to itself")


def import_cycles() -> list[str]:
    """Every import cycle, written as `a -> b -> a`, sorted."""
    graph = import_graph()
    return sorted(" -> ".join(shortest_loop(graph, group)) for group in tangles(graph))


def test_a_made_up_cycle_is_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert [shortest_loop(graph, group) for group in tangles(graph)] == [["a", "b", "c", "a"]]


def test_no_module_imports_itself_round_a_loop() -> None:
    cycles = import_cycles()
    assert cycles == [], "These modules import each other:\n" + "\n".join(cycles)
