import heapq
from collections import defaultdict
from typing import List


class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        graph = defaultdict(list)
        for src, dst in tickets:
            heapq.heappush(graph[src], dst)
        route = []

        def visit(airport):
            while graph[airport]:
                visit(heapq.heappop(graph[airport]))
            route.append(airport)

        visit("JFK")
        return route[::-1]
