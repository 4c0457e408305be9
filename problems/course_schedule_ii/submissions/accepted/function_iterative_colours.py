# a plain function; an explicit stack instead of recursion, post-order reversed at the end
def findOrder(numCourses, prerequisites):
    after = [[] for _ in range(numCourses)]
    for course, first in prerequisites:
        after[first].append(course)
    state = [0] * numCourses  # 0 new, 1 on the stack, 2 finished
    finished = []
    for start in range(numCourses):
        if state[start]:
            continue
        state[start] = 1
        stack = [(start, iter(after[start]))]
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                stack.pop()
                state[node] = 2
                finished.append(node)
            elif state[nxt] == 1:
                return []
            elif state[nxt] == 0:
                state[nxt] = 1
                stack.append((nxt, iter(after[nxt])))
    return finished[::-1]
