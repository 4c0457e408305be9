class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        adj = defaultdict(list)
        for a, b in tickets:
            adj[a].append(b)
        for a in adj:
            adj[a].sort(reverse=True)
        route = ["JFK"]
        while adj[route[-1]]:
            route.append(adj[route[-1]].pop())  # the smallest, even if it is a dead end
        return route
