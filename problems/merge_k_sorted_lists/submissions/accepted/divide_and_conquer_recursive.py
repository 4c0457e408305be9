class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge(a, b):
            head = tail = ListNode()
            while a and b:
                if a.val > b.val:
                    a, b = b, a
                tail.next = a
                tail = a
                a = a.next
            tail.next = a or b
            return head.next

        def solve(lo, hi):
            if lo > hi:
                return None
            if lo == hi:
                return lists[lo]
            mid = (lo + hi) // 2
            return merge(solve(lo, mid), solve(mid + 1, hi))

        return solve(0, len(lists) - 1)
