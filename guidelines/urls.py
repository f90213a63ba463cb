from django.urls import path

from guidelines import views

urlpatterns = [
    path("", views.guidance_index, name="guidance_index"),
    path("search/", views.search, name="guidance_search"),
    path("principles/<slug:slug>/", views.principle_detail, name="principle_detail"),
    path("manage/", views.manage, name="manage_guidance"),
    path("manage/checks/<str:check_name>/", views.edit_check, name="edit_check"),
    path("manage/<str:kind>/new/", views.edit_guidance, name="new_guidance"),
    path("manage/<str:kind>/<slug:slug>/edit/", views.edit_guidance, name="edit_guidance"),
    path("manage/<str:kind>/<slug:slug>/history/", views.guidance_history,
         name="guidance_history"),
    path("manage/<str:kind>/<slug:slug>/restore/", views.restore_guidance,
         name="restore_guidance"),
    path("<slug:slug>/", views.guidance_page, name="guidance_page"),
    path("<slug:slug>/read/", views.acknowledge, name="acknowledge_guidance"),
]
