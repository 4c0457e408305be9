class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        heap = [-c for c in Counter(tasks).values()]
        heapq.heapify(heap)
        waiting = deque()  # (negative count left, time it may run again)
        time = 0
        while heap or waiting:
            time += 1
            if heap:
                left = heapq.heappop(heap) + 1
                if left:
                    waiting.append((left, time + n))
            else:
                # nothing can run: skip straight to the moment the next task cools down
                time = waiting[0][1]
            if waiting and waiting[0][1] == time:
                heapq.heappush(heap, waiting.popleft()[0])
        return time
