/* global Backendless */

'use strict'

// ProfileDeskStaff: the account actions Backendless allows Business Logic only (a user's status and
// roles), granted to the SupportStaff role. ProfileDesk calls it with the staff member's own token:
//   POST {base}/services/ProfileDeskStaff/{method}  {"userId": ..., ...}
// The desktop app never holds the Cloud Code key; this service runs under it, in CodeRunner.
//
// profiledesk-server answers the same routes (server/src/routes/staffserviceroutes.cpp) and
// tests/sdk runs THIS file against that server, so the two cannot drift apart.

const STAFF_ROLE = 'SupportStaff'

// Our codes (not Backendless's), also in app/protocol/backendlesscodes.h.
const Codes = {
  STAFF_ONLY         : 21001,
  TARGET_IS_STAFF    : 21002,
  TARGET_IS_SELF     : 21003,
  STAFF_ROLE_RESERVED: 21004,
  BAD_ARGUMENT       : 21005,
}

function refuse(code, message, httpStatus = 403) {
  throw new Backendless.ServerCode.Error(code, message, httpStatus)
}

// The checks every method makes, in this order: the caller holds SupportStaff; the target is named;
// it is not the caller; it exists (the roles call answers Backendless's error if not); it is no staff.
// Module functions, not methods: CodeRunner publishes every method of the class as an operation.
async function checkTarget(context, request) {
  const callerRoles = (context && context.userRoles) || []

  if (!callerRoles.includes(STAFF_ROLE)) {
    refuse(Codes.STAFF_ONLY, 'Only SupportStaff may use ProfileDeskStaff')
  }

  const userId = request && request.userId

  if (typeof userId !== 'string' || !userId) {
    refuse(Codes.BAD_ARGUMENT, 'userId must be a non-empty string', 400)
  }

  if (userId === context.userId) {
    refuse(Codes.TARGET_IS_SELF, 'Staff may not act on their own account')
  }

  const roles = await Backendless.UserService.getUserRoles(userId)

  if (roles.includes(STAFF_ROLE)) {
    refuse(Codes.TARGET_IS_STAFF, 'Staff may not act on another staff account')
  }

  return { objectId: userId, roles }
}

// assignRole takes the identity property's value (email by default), not the objectId.
async function identityOf(objectId) {
  const columns = await Backendless.UserService.describeUserClass()
  const identity = columns.find(column => column.identity)
  const user = await Backendless.Data.of('Users').findById(objectId)

  return user[identity ? identity.name : 'email']
}

async function changeRole(context, request, assign) {
  const target = await checkTarget(context, request)
  const roleName = request.roleName

  if (typeof roleName !== 'string' || !roleName) {
    refuse(Codes.BAD_ARGUMENT, 'roleName must be a non-empty string', 400)
  }

  if (roleName === STAFF_ROLE) {
    refuse(Codes.STAFF_ROLE_RESERVED, 'SupportStaff is granted and taken in the Console only')
  }

  const identity = await identityOf(target.objectId)

  if (assign) {
    await Backendless.UserService.assignRole(identity, roleName)
  } else {
    await Backendless.UserService.unassignRole(identity, roleName)
  }

  return Backendless.UserService.getUserRoles(target.objectId)
}

/**
 * @typedef {Object} StatusChange
 * @property {String} userId
 * @property {String} userStatus ENABLED or DISABLED
 */

/**
 * @typedef {Object} RoleChange
 * @property {String} userId
 * @property {String} roleName
 */

/**
 * @typedef {Object} UserRef
 * @property {String} userId
 */

class ProfileDeskStaff {
  /**
   * Enables or disables an account; disabling ends its sessions at once.
   * @param {StatusChange} request
   * @returns {Promise.<Object>} {objectId, userStatus}
   */
  async setUserStatus(request) {
    const target = await checkTarget(this.context, request)
    const status = request.userStatus

    if (status !== 'ENABLED' && status !== 'DISABLED') {
      refuse(Codes.BAD_ARGUMENT, 'userStatus must be ENABLED or DISABLED', 400)
    }

    await Backendless.UserService.updateUserStatus(target.objectId, status)

    return { objectId: target.objectId, userStatus: status }
  }

  /**
   * @param {RoleChange} request
   * @returns {Promise.<Array.<String>>} the user's roles afterwards
   */
  async assignRole(request) {
    return changeRole(this.context, request, true)
  }

  /**
   * @param {RoleChange} request
   * @returns {Promise.<Array.<String>>} the user's roles afterwards
   */
  async unassignRole(request) {
    return changeRole(this.context, request, false)
  }

  /**
   * @param {UserRef} request
   * @returns {Promise.<Array.<String>>}
   */
  async getUserRoles(request) {
    const target = await checkTarget(this.context, request)

    return target.roles
  }
}

ProfileDeskStaff.version = '1.0.0'
ProfileDeskStaff.description = 'ProfileDesk support staff: account status and roles'

Backendless.ServerCode.addService(ProfileDeskStaff)

// For tests/sdk, which loads this file outside CodeRunner.
if (typeof module !== 'undefined') {
  module.exports = { ProfileDeskStaff, Codes }
}
