# for each step, reads all the tickets for the smallest unused one leaving the airport: O(n^2)
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        used = [False] * len(tickets)
        stack, route = ["JFK"], []
        while stack:
            here = stack[-1]
            best = -1
            for i, (a, b) in enumerate(tickets):
                if not used[i] and a == here and (best == -1 or b < tickets[best][1]):
                    best = i
            if best == -1:
                route.append(stack.pop())
            else:
                used[best] = True
                stack.append(tickets[best][1])
        return route[::-1]
