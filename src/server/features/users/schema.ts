import { Type } from "@sinclair/typebox";
import { type Role } from "../../platform/authorisation.js";

const Id = Type.String({ format: "uuid" });
const NullableId = Type.Union([Id, Type.Null()]);
// Spelled out (not mapped from ROLES) so the type provider infers the literal union; the test below keeps them in step.
export const RoleName = Type.Union([
  Type.Literal("staff"),
  Type.Literal("line_manager"),
  Type.Literal("communications"),
  Type.Literal("hr"),
  Type.Literal("information_governance"),
  Type.Literal("pals"),
  Type.Literal("service_director"),
  Type.Literal("administrator"),
]);
export const ROLE_SCHEMA_NAMES: Role[] = RoleName.anyOf.map((s) => s.const);

export const UserView = Type.Object({
  id: Type.String(),
  email: Type.String(),
  displayName: Type.String(),
  jobTitle: Type.Union([Type.String(), Type.Null()]),
  roles: Type.Array(Type.String()),
  departmentId: Type.Union([Type.String(), Type.Null()]),
  departmentName: Type.Union([Type.String(), Type.Null()]),
  directorateName: Type.Union([Type.String(), Type.Null()]),
  lineManagerId: Type.Union([Type.String(), Type.Null()]),
  lineManagerName: Type.Union([Type.String(), Type.Null()]),
  active: Type.Boolean(),
  locked: Type.Boolean(),
  hasPassword: Type.Boolean(),
  signInWithOidc: Type.Boolean(),
});

export const NewUser = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    displayName: Type.String({ minLength: 1, maxLength: 200 }),
    jobTitle: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    roles: Type.Array(RoleName, { minItems: 1 }),
    departmentId: Type.Optional(NullableId),
    lineManagerId: Type.Optional(NullableId),
    password: Type.Optional(Type.Union([Type.String({ maxLength: 256 }), Type.Null()])),
  },
  { additionalProperties: false },
);

export const UserChanges = Type.Object(
  {
    displayName: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    jobTitle: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    roles: Type.Optional(Type.Array(RoleName, { minItems: 1 })),
    departmentId: Type.Optional(NullableId),
    lineManagerId: Type.Optional(NullableId),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const UserParams = Type.Object({ id: Type.String() });
export const PasswordBody = Type.Object(
  { password: Type.String({ maxLength: 256 }) },
  { additionalProperties: false },
);
export const NameBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const DepartmentBody = Type.Object(
  { directorateId: Type.String(), name: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
export const Named = Type.Object({ id: Type.String(), name: Type.String() });
export const OrgView = Type.Object({
  directorates: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), departments: Type.Array(Named) }),
  ),
});
export const ManagerChain = Type.Object({
  managers: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String() })),
});
