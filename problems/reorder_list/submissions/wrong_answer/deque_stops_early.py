class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        dq = deque()
        node = head
        while node:
            dq.append(node)
            node = node.next
        tail = dq.popleft()
        back = True
        while len(dq) > 1:
            nxt = dq.pop() if back else dq.popleft()
            tail.next = nxt
            tail = nxt
            back = not back
        tail.next = None
