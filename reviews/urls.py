from django.urls import path

from reviews import views

urlpatterns = [
    path("", views.home, name="home"),
    path("check/", views.try_checks, name="try_checks"),
    path("posts/", views.my_posts, name="my_posts"),
    path("posts/new/", views.new_post, name="new_post"),
    path("posts/<int:post_id>/", views.post_detail, name="post_detail"),
    path("posts/<int:post_id>/edit/", views.edit_post, name="edit_post"),
    path("posts/<int:post_id>/submit/", views.submit_post, name="submit_post"),
    path("posts/<int:post_id>/progress/", views.post_progress, name="post_progress"),
    path("posts/<int:post_id>/rerun/", views.rerun_checks, name="rerun_checks"),
    path("posts/<int:post_id>/claim/", views.claim_post, name="claim_post"),
    path("posts/<int:post_id>/release/", views.release_claim, name="release_claim"),
    path("posts/<int:post_id>/decide/", views.decide_post, name="decide_post"),
    path("posts/<int:post_id>/posted/", views.record_posted, name="record_posted"),
    path("findings/<int:result_id>/<int:index>/dismiss/", views.dismiss_finding,
         name="dismiss_finding"),
    path("queue/", views.queue, name="queue"),
    path("cleared/", views.cleared_posts, name="cleared_posts"),
    path("dashboard/", views.dashboard, name="dashboard"),
    path("posts/<int:post_id>/coach/", views.coach_cleared_post, name="coach_cleared_post"),
    path("learning/", views.learning_record_view, name="my_learning_record"),
    path("people/<int:user_id>/", views.learning_record_view, name="learning_record"),
]
