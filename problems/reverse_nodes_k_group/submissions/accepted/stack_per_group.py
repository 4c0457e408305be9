from typing import Optional


class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        dummy = ListNode(0)
        tail = dummy
        node = head
        while node:
            stack = []
            probe = node
            while probe and len(stack) < k:
                stack.append(probe)
                probe = probe.next
            if len(stack) < k:  # the last few stay in order
                tail.next = node
                break
            while stack:
                tail.next = stack.pop()
                tail = tail.next
            tail.next = None
            node = probe
        return dummy.next
