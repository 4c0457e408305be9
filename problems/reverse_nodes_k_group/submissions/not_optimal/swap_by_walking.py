class Solution:
    def reverseKGroup(self, head: Optional[ListNode], k: int) -> Optional[ListNode]:
        n = 0
        node = head
        while node:
            n += 1
            node = node.next
        start = head
        for _ in range(n // k):
            left = start
            for i in range(k // 2):
                right = left
                for _ in range(k - 1 - 2 * i):  # walk to the node to swap with
                    right = right.next
                left.val, right.val = right.val, left.val
                left = left.next
            for _ in range(k):
                start = start.next
        return head
