class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        graph = defaultdict(list)
        for a, b in sorted(tickets):
            graph[a].append(b)
        route = []

        def dfs(node):
            while graph[node]:
                dfs(graph[node].pop())  # pops the largest destination first
            route.append(node)

        dfs("JFK")
        return route[::-1]
