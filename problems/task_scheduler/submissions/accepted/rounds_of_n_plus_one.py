class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        heap = [-v for v in collections.Counter(tasks).values()]
        heapify(heap)
        total = 0
        while heap:
            ran = []
            for _ in range(n + 1):
                if not heap:
                    break
                ran.append(heappop(heap) + 1)
            for v in ran:
                if v < 0:
                    heappush(heap, v)
            # a full round unless this was the last one
            total += n + 1 if heap else len(ran)
        return total
