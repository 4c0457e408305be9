import heapq
from collections import defaultdict


class Twitter:
    def __init__(self):
        self.clock = 0  # call order: a larger time is a more recent tweet
        self.tweets = defaultdict(list)  # user -> [(time, tweetId)], oldest first
        self.following = defaultdict(set)

    def postTweet(self, userId: int, tweetId: int) -> None:
        self.clock += 1
        self.tweets[userId].append((self.clock, tweetId))

    def getNewsFeed(self, userId: int) -> list[int]:
        # only a user's last 10 tweets can reach anyone's feed
        recent = self.tweets[userId][-10:]
        for u in self.following[userId]:  # never userId itself: no one follows themself
            recent += self.tweets[u][-10:]
        return [tweet for _, tweet in heapq.nlargest(10, recent)]

    def follow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].add(followeeId)

    def unfollow(self, followerId: int, followeeId: int) -> None:
        self.following[followerId].discard(followeeId)
