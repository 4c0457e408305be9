from collections import defaultdict, deque


def canFinish(numCourses, prerequisites):
    graph = defaultdict(list)
    indeg = [0] * numCourses
    for course, pre in prerequisites:
        if course == pre:
            continue  # not an edge between two courses
        graph[pre].append(course)
        indeg[course] += 1
    queue = deque(c for c in range(numCourses) if indeg[c] == 0)
    finished = 0
    while queue:
        c = queue.popleft()
        finished += 1
        for nxt in graph[c]:
            indeg[nxt] -= 1
            if not indeg[nxt]:
                queue.append(nxt)
    return finished == numCourses
