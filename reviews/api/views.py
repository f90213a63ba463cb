"""The JSON API: thin views over the same services, selectors and django-rules
permissions as the pages."""

from __future__ import annotations

from django.contrib.auth import authenticate
from django.db.models import Q
from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import generics, status
from rest_framework.authtoken.models import Token
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from reviews import selectors, services
from reviews.api import serializers as s
from reviews.api.errors import error
from reviews.checks import Post
from reviews.models import DraftPost
from reviews.pagination import KeysetOrder
from reviews.rules import is_admin
from reviews.services.posts import clean_post_input
from reviews.states import PostStatus

ERRORS = {400: s.ErrorSerializer, 401: s.ErrorSerializer, 403: s.ErrorSerializer,
          404: s.ErrorSerializer, 409: s.ErrorSerializer}


class TokenView(APIView):
    """Swap a username and password for an API token."""

    authentication_classes: list = []
    permission_classes = [AllowAny]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "login"

    @extend_schema(request=s.TokenRequestSerializer,
                   responses={200: s.TokenSerializer, 429: s.ErrorSerializer, **ERRORS},
                   auth=[])
    def post(self, request):
        data = s.TokenRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        # django-axes reads and marks the Django request, not DRF's wrapper of it; its
        # middleware then answers a locked-out sign-in (govsocial.middleware).
        user = authenticate(request._request, username=data.validated_data["username"],
                            password=data.validated_data["password"])
        if user is None or not user.is_active:
            return error("invalid_credentials",
                         "That username and password do not match an account.", 401)
        token, _ = Token.objects.get_or_create(user=user)
        return Response({"token": token.key})


def _visible_posts(user):
    """A user's own posts and, for mentors and admins, their departments' posts."""
    posts = DraftPost.objects.select_related(
        "author", "department", "current_version__check_run", "claimed_by")
    if is_admin(user):
        return posts
    return posts.filter(Q(author=user)
                        | Q(department__in=selectors.departments_reviewed_by(user)))


def _detail(user, post_id: int) -> DraftPost:
    try:
        post = selectors.get_post_for_user(user, post_id)
    except (Http404, DraftPost.DoesNotExist) as exc:
        # Only these: a database outage must stay a 503, not pass for "no such post".
        raise NotFound("No such post, or you cannot see it.") from exc
    return (DraftPost.objects.select_related(
        "author", "department", "current_version__check_run", "claimed_by")
        .prefetch_related("versions", "decisions__decided_by", "decisions__version",
                          "current_version__check_run__results")
        .get(pk=post.pk))


class PostListView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = s.PostSerializer
    keyset_order = KeysetOrder(("-updated", "-id"), salt="api-posts")

    def get_queryset(self):
        posts = _visible_posts(self.request.user).order_by(*self.keyset_order.fields)
        wanted = self.request.query_params.get("status")
        if wanted:
            if wanted not in PostStatus.values:
                raise ValidationError({"status": [
                    f"Choose one of: {', '.join(PostStatus.values)}."]})
            posts = posts.filter(status=wanted)
        return posts

    @extend_schema(parameters=[OpenApiParameter("status", enum=PostStatus.values)],
                   responses={200: s.PostSerializer(many=True), **ERRORS})
    def get(self, request):
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.PostSerializer(page, many=True).data)

    @extend_schema(request=s.PostCreateSerializer,
                   responses={201: s.PostDetailSerializer, **ERRORS})
    def post(self, request):
        data = s.PostCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        post = services.create_post(author=request.user, platform=data.validated_data["platform"],
                                    text=data.validated_data["text"],
                                    submit=not data.validated_data["draft"])
        return Response(s.PostDetailSerializer(_detail(request.user, post.pk)).data,
                        status=status.HTTP_201_CREATED)


class PostDetailView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: s.PostDetailSerializer, **ERRORS})
    def get(self, request, post_id: int):
        return Response(s.PostDetailSerializer(_detail(request.user, post_id)).data)

    @extend_schema(request=s.PostWriteSerializer,
                   responses={200: s.PostDetailSerializer, **ERRORS})
    def put(self, request, post_id: int):
        data = s.PostWriteSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        services.update_post(actor=request.user, post_id=post_id, **data.validated_data)
        return Response(s.PostDetailSerializer(_detail(request.user, post_id)).data)


class SubmitView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={200: s.PostDetailSerializer, **ERRORS})
    def post(self, request, post_id: int):
        services.submit_post(actor=request.user, post_id=post_id)
        return Response(s.PostDetailSerializer(_detail(request.user, post_id)).data)


class ClaimView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=None, responses={200: s.PostDetailSerializer, **ERRORS})
    def post(self, request, post_id: int):
        services.claim_post(actor=request.user, post_id=post_id)
        return Response(s.PostDetailSerializer(_detail(request.user, post_id)).data)


class DecisionView(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(request=s.DecisionRequestSerializer,
                   responses={201: s.DecisionSerializer, **ERRORS})
    def post(self, request, post_id: int):
        data = s.DecisionRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        decision = services.record_decision(actor=request.user, post_id=post_id,
                                            **data.validated_data)
        return Response(s.DecisionSerializer(decision).data, status=status.HTTP_201_CREATED)


class QueueView(generics.GenericAPIView):
    permission_classes = [IsAuthenticated]
    serializer_class = s.PostSerializer
    keyset_order = selectors.QUEUE_ORDER

    def get_queryset(self):
        return selectors.review_queue(self.request.user)

    @extend_schema(responses={200: s.PostSerializer(many=True), **ERRORS})
    def get(self, request):
        if not request.user.has_perm("reviews.view_queue"):
            return error("forbidden", "Only press-office mentors and admins have a queue.",
                         403)
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(s.PostSerializer(page, many=True).data)


class CheckView(APIView):
    """Run the seven checks on a text now; nothing is stored."""

    permission_classes = [IsAuthenticated]

    @extend_schema(request=s.CheckRequestSerializer,
                   responses={200: s.CheckReportSerializer, **ERRORS})
    def post(self, request):
        data = s.CheckRequestSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        platform, text = clean_post_input(**data.validated_data)
        report = selectors.get_check_engine().run(
            Post(text=text, platform=platform, author=selectors.check_author(request.user)))
        body = report.as_dict()
        return Response({"outcome": body["outcome"], "checks": body["checks"]})


