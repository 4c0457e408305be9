class Solution:
    def reorderList(self, head: Optional[ListNode]) -> None:
        dq = deque()
        node = head.next
        while node:
            dq.append(node)
            node = node.next
        tail = head
        from_back = True
        while dq:
            nxt = dq.pop() if from_back else dq.popleft()
            tail.next = nxt
            tail = nxt
            from_back = not from_back
        tail.next = None
