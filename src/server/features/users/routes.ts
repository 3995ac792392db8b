// User administration and the trust's structure (directorates, departments, line managers).
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { Actor } from "../../platform/audit.js";
import { errorResponses, Ok } from "../../platform/schemas.js";
import {
  createDepartment,
  createDirectorate,
  createUser,
  getOrg,
  getUser,
  lineManagerChain,
  listUsers,
  setPassword,
  unlockUser,
  updateUser,
} from "./service.js";
import {
  DepartmentBody,
  ManagerChain,
  NameBody,
  Named,
  NewUser,
  OrgView,
  PasswordBody,
  UserChanges,
  UserParams,
  UserView,
} from "./schema.js";

export function actorOf(request: FastifyRequest): Actor {
  return { id: request.user!.id, label: request.user!.email };
}

const errors = errorResponses();

export default async function usersFeature(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ["users"];

  app.get(
    "/users",
    {
      config: { access: "users:list" },
      schema: {
        tags,
        summary: "List users",
        response: { 200: Type.Object({ users: Type.Array(UserView) }), ...errors },
      },
    },
    async () => ({
      users: await listUsers(app.db),
    }),
  );

  app.post(
    "/users",
    {
      config: { access: "users:create" },
      schema: {
        tags,
        summary: "Create a user",
        body: NewUser,
        response: { 201: UserView, ...errors },
      },
    },
    async (request, reply) => {
      const user = await createUser(app.db, actorOf(request), request.body);
      return reply.status(201).send(user);
    },
  );

  app.get(
    "/users/:id",
    {
      config: { access: "users:list" },
      schema: {
        tags,
        summary: "One user",
        params: UserParams,
        response: { 200: UserView, ...errors },
      },
    },
    async (request) => getUser(app.db, request.params.id),
  );

  app.patch(
    "/users/:id",
    {
      config: { access: "users:update" },
      schema: {
        tags,
        summary: "Change a user's details, roles, department, line manager or status",
        params: UserParams,
        body: UserChanges,
        response: { 200: UserView, ...errors },
      },
    },
    async (request) => {
      const user = await updateUser(app.db, actorOf(request), request.params.id, request.body);
      // Role and status changes take effect on the user's next request, not when their cached session expires.
      app.sessions.forgetUser(user.id);
      if (!user.active) await app.sessions.destroyAllFor(user.id);
      return user;
    },
  );

  app.post(
    "/users/:id/unlock",
    {
      config: { access: "users:reset-access" },
      schema: {
        tags,
        summary: "Clear a lock-out after failed sign-ins",
        params: UserParams,
        response: { 200: UserView, ...errors },
      },
    },
    async (request) => unlockUser(app.db, actorOf(request), request.params.id),
  );

  app.post(
    "/users/:id/password",
    {
      config: { access: "users:reset-access" },
      schema: {
        tags,
        summary: "Set a user's password",
        params: UserParams,
        body: PasswordBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await setPassword(app.db, actorOf(request), request.params.id, request.body.password);
      await app.sessions.destroyAllFor(request.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    "/users/:id/managers",
    {
      config: { access: "users:list" },
      schema: {
        tags,
        summary: "The user's line managers, nearest first",
        params: UserParams,
        response: { 200: ManagerChain, ...errors },
      },
    },
    async (request) => {
      await getUser(app.db, request.params.id);
      return { managers: await lineManagerChain(app.db, request.params.id) };
    },
  );

  app.get(
    "/org",
    {
      config: { access: "org:read" },
      schema: {
        tags: ["organisation"],
        summary: "Directorates and their departments",
        response: { 200: OrgView, ...errors },
      },
    },
    async () => getOrg(app.db),
  );

  app.post(
    "/org/directorates",
    {
      config: { access: "org:manage" },
      schema: {
        tags: ["organisation"],
        summary: "Add a directorate",
        body: NameBody,
        response: { 201: Named, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createDirectorate(app.db, actorOf(request), request.body.name)),
  );

  app.post(
    "/org/departments",
    {
      config: { access: "org:manage" },
      schema: {
        tags: ["organisation"],
        summary: "Add a department to a directorate",
        body: DepartmentBody,
        response: { 201: Named, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createDepartment(
            app.db,
            actorOf(request),
            request.body.directorateId,
            request.body.name,
          ),
        ),
  );
}
