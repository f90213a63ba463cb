from django.urls import path

from reviews.api import views

urlpatterns = [
    path("auth/token", views.TokenView.as_view(), name="api_token"),
    path("posts", views.PostListView.as_view(), name="api_posts"),
    path("posts/<int:post_id>", views.PostDetailView.as_view(), name="api_post"),
    path("posts/<int:post_id>/submit", views.SubmitView.as_view(), name="api_submit"),
    path("posts/<int:post_id>/claim", views.ClaimView.as_view(), name="api_claim"),
    path("posts/<int:post_id>/decision", views.DecisionView.as_view(), name="api_decision"),
    path("queue", views.QueueView.as_view(), name="api_queue"),
    path("check", views.CheckView.as_view(), name="api_check"),
]
