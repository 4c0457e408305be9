def leastInterval(tasks, n):
    freq = Counter(tasks)
    most = max(freq.values())
    at_most = list(freq.values()).count(most)
    return max(len(tasks), (most - 1) * (n + 1) + at_most)
