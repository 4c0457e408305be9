class Solution:
    def canFinish(self, numCourses, prerequisites):
        need = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            need[a].append(b)
        WHITE, GREY, BLACK = 0, 1, 2
        color = [WHITE] * numCourses
        for start in range(numCourses):
            if color[start] != WHITE:
                continue
            color[start] = GREY
            stack = [(start, iter(need[start]))]
            while stack:
                node, it = stack[-1]
                for nxt in it:
                    if color[nxt] == GREY:
                        return False
                    if color[nxt] == WHITE:
                        color[nxt] = GREY
                        stack.append((nxt, iter(need[nxt])))
                        break
                else:
                    color[node] = BLACK
                    stack.pop()
        return True
